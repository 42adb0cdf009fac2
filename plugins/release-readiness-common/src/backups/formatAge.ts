const UNITS: [number, string][] = [
  [24 * 3600, 'days'],
  [3600, 'h'],
  [60, 'min'],
  [1, 's'],
];

/**
 * An age or a limit for reason texts, exact to the second so that a limit and an age just past
 * it never read the same: `45 s`, `5 min`, `26 h`, `24 h 1 s`, `3 days 4 h`. Hours are used up
 * to 48 h, days from then on.
 *
 * @internal
 */
export function formatAge(ms: number): string {
  let seconds = Math.floor(Math.max(0, ms) / 1000);
  if (seconds === 0) {
    return '0 s';
  }
  const units = seconds < 48 * 3600 ? UNITS.slice(1) : UNITS;
  const parts: string[] = [];
  for (const [size, name] of units) {
    const count = Math.floor(seconds / size);
    seconds -= count * size;
    if (count > 0) {
      parts.push(`${count} ${count === 1 && name === 'days' ? 'day' : name}`);
    }
  }
  return parts.join(' ');
}
