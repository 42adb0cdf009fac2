/**
 * English messages of the fields group (the default language). Keys are nested; the translation
 * functions see them flattened (`fields.<key>`).
 */
export const fieldsMessages = {} as const;
