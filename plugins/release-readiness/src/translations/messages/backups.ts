/**
 * English messages of the backups group (the default language). Keys are nested; the translation
 * functions see them flattened (`backups.<key>`).
 */
export const backupsMessages = {} as const;
