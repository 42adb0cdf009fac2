/** German messages of the rollbacks group, flattened (`rollbacks.<key>`), in the handbooks' wording. */
export const rollbacksDe = {};
