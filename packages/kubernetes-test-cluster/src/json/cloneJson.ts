/**
 * A deep copy of a JSON value (`undefined` stays `undefined`). Unlike `structuredClone` it does
 * not keep shared references (YAML anchors and aliases load as one object used twice), so
 * changing one place of the copy never changes another.
 */
export function cloneJson<T>(value: T): T {
  if (value === undefined) {
    return value;
  }
  const copy: T = JSON.parse(JSON.stringify(value));
  return copy;
}
