/** German messages of the environment group, flattened (`environment.<key>`), in the handbooks' wording. */
export const environmentDe = {};
