/**
 * The nearest-rank percentile of a list of numbers (e.g. latencies in ms); NaN for an empty list.
 *
 * @param values - the samples, in any order
 * @param p - 0–100
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
