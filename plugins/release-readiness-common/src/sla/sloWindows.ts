import { budgetObjectiveOf } from './budgetObjectiveOf';
import { BURN_RATE_WINDOWS } from './burnRateWindows';
import { resolveSloWindow } from './resolveSloWindow';
import { Duration } from 'luxon';
import type { SlaServiceDefinition } from './types';

/** PT5M, PT30M, PT1H, PT6H, P3D: every window of the burn-rate pairs, shortest first. */
const BURN_WINDOWS = [
  ...new Set(BURN_RATE_WINDOWS.flatMap(p => [p.short, p.long])),
].sort(
  (a, b) =>
    Duration.fromISO(a).as('milliseconds') -
    Duration.fromISO(b).as('milliseconds'),
);

/**
 * The distinct windows to measure for some services at `at`: every objective's window
 * (`calendar-month` resolved by {@link resolveSloWindow}), plus the burn-rate windows `PT5M`,
 * `PT30M`, `PT1H`, `PT6H` and `P3D` when a service has an error budget (an availability or
 * latency `slo` objective). In the order first met.
 *
 * @remarks
 * Pure. Pass one service to get the windows of that service alone.
 *
 * @public
 */
export function sloWindows(
  definitions: SlaServiceDefinition[],
  at: string,
): string[] {
  const windows = new Set<string>();
  for (const definition of definitions) {
    for (const objective of definition.objectives) {
      windows.add(resolveSloWindow(objective.window, at));
    }
    if (budgetObjectiveOf(definition)) {
      for (const window of BURN_WINDOWS) {
        windows.add(window);
      }
    }
  }
  return [...windows];
}
