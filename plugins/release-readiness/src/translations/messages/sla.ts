/**
 * English messages of the sla group (the default language). Keys are nested; the translation
 * functions see them flattened (`sla.<key>`).
 */
export const slaMessages = {} as const;
