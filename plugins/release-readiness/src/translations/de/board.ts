/** German messages of the board group, flattened (`board.<key>`), in the handbooks' wording. */
export const boardDe = {
  'board.pageTitle': 'Release-Bereitschaft',
};
