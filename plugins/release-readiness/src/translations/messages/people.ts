/**
 * English messages of the people group (the default language). Keys are nested; the translation
 * functions see them flattened (`people.<key>`).
 */
export const peopleMessages = {} as const;
