/**
 * English messages of the environment group (the default language). Keys are nested; the translation
 * functions see them flattened (`environment.<key>`).
 */
export const environmentMessages = {} as const;
