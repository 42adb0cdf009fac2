/**
 * English messages of the rollbacks group (the default language). Keys are nested; the translation
 * functions see them flattened (`rollbacks.<key>`).
 */
export const rollbacksMessages = {} as const;
