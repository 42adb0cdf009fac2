const UNITS = ['k', 'M', 'B'];

/** A request count in short: `42`, `1.2k`, `43.2M` (counts from `increase()` are rounded). */
export function formatCount(count: number): string {
  const whole = Math.round(count);
  if (whole < 1000) {
    return String(whole);
  }
  let value = count / 1000;
  let unit = 0;
  while (Number(value.toFixed(1)) >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${Number(value.toFixed(1))}${UNITS[unit]}`;
}
