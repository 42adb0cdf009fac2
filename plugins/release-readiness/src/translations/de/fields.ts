/** German messages of the fields group, flattened (`fields.<key>`), in the handbooks' wording. */
export const fieldsDe = {};
