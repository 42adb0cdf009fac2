import { BURN_RATE_WINDOWS } from './burnRateWindows';
import { sliCountsOf } from './sliCountsOf';
import type {
  BurnRate,
  SlaServiceMeasurement,
  SloObjectiveDefinition,
} from './types';

/**
 * The burn rates of an objective's budget over the window pairs of {@link BURN_RATE_WINDOWS}.
 *
 * @remarks
 * Pure. A window's rate is `badRatio(window) / (1 − target)` (1 = burning exactly at the SLO).
 * A pair's threshold is scaled to the SLO period as Sloth does:
 * `budgetPercent × periodHours / (100 × longHours)`, which is 14.4, 6 and 1 for 30 days. A pair
 * fires when both of its rates exceed the threshold; a window without data has a null rate and
 * never fires.
 *
 * @param periodHours - the SLO period's length (see `sloPeriodHours`)
 * @public
 */
export function burnRatesOf(
  objective: SloObjectiveDefinition,
  measurement: SlaServiceMeasurement | undefined,
  periodHours: number,
): BurnRate[] {
  const budget = 1 - objective.target;
  const rateOf = (window: string): number | null => {
    const reading = sliCountsOf(
      objective.kind,
      objective.threshold,
      measurement?.windows.find(w => w.window === window),
    );
    if (reading.kind === 'missing' || !(budget > 0)) {
      return null;
    }
    return reading.bad / reading.total / budget;
  };
  return BURN_RATE_WINDOWS.map(pair => {
    const threshold =
      (pair.budgetPercent * periodHours) / (100 * pair.longHours);
    const longRate = rateOf(pair.long);
    const shortRate = rateOf(pair.short);
    return {
      long: pair.long,
      short: pair.short,
      threshold,
      longRate,
      shortRate,
      firing:
        longRate !== null &&
        shortRate !== null &&
        longRate > threshold &&
        shortRate > threshold,
    };
  });
}
