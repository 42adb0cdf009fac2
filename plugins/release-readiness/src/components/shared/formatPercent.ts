/**
 * A ratio 0–1 as a percentage to at most `decimals` decimals (default 3): `99.95%`, `0.05%`,
 * `-42%` (an overspent budget). A ratio just below 1 or just above 0 never reads as `100%` or
 * `0%`: `>99.999%`, `<0.001%`. With `language`, the numbers are written that language's way
 * (`de`: `99,95 %`).
 *
 * @public
 */
export function formatPercent(
  ratio: number,
  decimals = 3,
  language?: string,
): string {
  const percent = Number((ratio * 100).toFixed(decimals));
  const smallest = 10 ** -decimals;
  const format = (value: number, fixed: boolean) =>
    language
      ? new Intl.NumberFormat(language, {
          style: 'percent',
          useGrouping: false,
          minimumFractionDigits: fixed ? decimals : 0,
          maximumFractionDigits: decimals,
        }).format(value / 100)
      : `${fixed ? value.toFixed(decimals) : value}%`;
  if (percent === 100 && ratio < 1) {
    return `>${format(100 - smallest, true)}`;
  }
  if (percent === 0 && ratio > 0) {
    return `<${format(smallest, true)}`;
  }
  if (percent === 0 && ratio < 0) {
    return `>-${format(smallest, true)}`;
  }
  return format(percent, false);
}
