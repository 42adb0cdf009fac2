/**
 * English messages of the decisions group (the default language). Keys are nested; the translation
 * functions see them flattened (`decisions.<key>`).
 */
export const decisionsMessages = {} as const;
