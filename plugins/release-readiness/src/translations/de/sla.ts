/** German messages of the sla group, flattened (`sla.<key>`), in the handbooks' wording. */
export const slaDe = {};
