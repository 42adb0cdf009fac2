const UNITS: ReadonlyArray<[string, number]> = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['m', 60_000],
  ['s', 1_000],
  ['ms', 1],
];

/**
 * A PromQL duration for a whole number of milliseconds in the largest unit that divides it
 * exactly (`30d`, `6h`, `90m`, `1500ms`), so that a range selector covers exactly that long.
 *
 * @throws Error - when `ms` is not a whole number above zero
 */
export function promqlDuration(ms: number): string {
  if (!Number.isSafeInteger(ms) || ms <= 0) {
    throw new Error(`a PromQL duration needs whole milliseconds above zero`);
  }
  const [unit, size] = UNITS.find(([, s]) => ms % s === 0) ?? ['ms', 1];
  return `${ms / size}${unit}`;
}
