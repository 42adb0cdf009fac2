/**
 * A ratio 0–1 as a percentage to at most `decimals` decimals (default 3): `99.95%`, `0.05%`,
 * `-42%` (an overspent budget). A ratio just below 1 or just above 0 never reads as `100%` or
 * `0%`: `>99.999%`, `<0.001%`.
 *
 * @public
 */
export function formatPercent(ratio: number, decimals = 3): string {
  const percent = Number((ratio * 100).toFixed(decimals));
  const smallest = 10 ** -decimals;
  if (percent === 100 && ratio < 1) {
    return `>${(100 - smallest).toFixed(decimals)}%`;
  }
  if (percent === 0 && ratio > 0) {
    return `<${smallest.toFixed(decimals)}%`;
  }
  if (percent === 0 && ratio < 0) {
    return `>-${smallest.toFixed(decimals)}%`;
  }
  return `${percent}%`;
}
