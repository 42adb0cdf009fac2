const UNITS = ['k', 'M', 'B'];

/**
 * A request count for reason texts: `42 requests`, `1 request`, `1.2k requests`,
 * `43.2M requests` (counts from `increase()` are not whole numbers; they are rounded).
 *
 * @internal
 */
export function formatRequests(count: number): string {
  const whole = Math.round(count);
  if (whole < 1000) {
    return whole === 1 ? '1 request' : `${whole} requests`;
  }
  let value = count / 1000;
  let unit = 0;
  while (Number(value.toFixed(1)) >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${Number(value.toFixed(1))}${UNITS[unit]} requests`;
}
