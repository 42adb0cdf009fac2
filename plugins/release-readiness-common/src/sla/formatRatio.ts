/**
 * A ratio 0–1 as a percentage for reason texts, to at most three decimals: `99.95%`, `0.05%`.
 * A ratio just below 1 or just above 0 never reads as `100%` or `0%`.
 *
 * @internal
 */
export function formatRatio(ratio: number): string {
  const percent = Number((ratio * 100).toFixed(3));
  if (percent === 100 && ratio < 1) {
    return '>99.999%';
  }
  if (percent === 0 && ratio > 0) {
    return '<0.001%';
  }
  return `${percent}%`;
}
