/** German messages of the backups group, flattened (`backups.<key>`), in the handbooks' wording. */
export const backupsDe = {};
