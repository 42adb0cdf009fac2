/** German messages of the decisions group, flattened (`decisions.<key>`), in the handbooks' wording. */
export const decisionsDe = {};
