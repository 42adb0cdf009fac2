/**
 * One pair of windows of the multi-window, multi-burn-rate alerts (Google SRE Workbook,
 * "Alerting on SLOs"; Sloth's `google-30d` windows).
 *
 * @public
 */
export interface BurnRateWindow {
  /** The long window, ISO 8601 duration, e.g. `PT1H`. */
  long: string;
  /** The long window in hours. */
  longHours: number;
  /** The short window, ISO 8601 duration, e.g. `PT5M`. */
  short: string;
  /** The share of the whole budget (in percent) that burning at the threshold for `long` spends. */
  budgetPercent: number;
}

/**
 * The burn-rate window pairs: 2 % of the budget in 1 h (checked with 5 min), 5 % in 6 h (30 min)
 * and 10 % in 3 days (6 h); for a 30-day SLO the thresholds are 14.4, 6 and 1.
 *
 * @public
 */
export const BURN_RATE_WINDOWS: readonly BurnRateWindow[] = [
  { long: 'PT1H', longHours: 1, short: 'PT5M', budgetPercent: 2 },
  { long: 'PT6H', longHours: 6, short: 'PT30M', budgetPercent: 5 },
  { long: 'P3D', longHours: 72, short: 'PT6H', budgetPercent: 10 },
];
