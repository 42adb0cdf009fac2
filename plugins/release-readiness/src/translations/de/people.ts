/** German messages of the people group, flattened (`people.<key>`), in the handbooks' wording. */
export const peopleDe = {};
