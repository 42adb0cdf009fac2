/**
 * English messages of the board group (the default language). Keys are nested; the translation
 * functions see them flattened (`board.<key>`).
 */
export const boardMessages = {
  pageTitle: 'Release readiness',
} as const;
