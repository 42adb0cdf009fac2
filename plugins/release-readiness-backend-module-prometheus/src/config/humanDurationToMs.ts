import type { readDurationFromConfig } from '@backstage/config';

/** A duration as `readDurationFromConfig` returns it (Backstage's `HumanDuration`). */
export type ConfiguredDuration = ReturnType<typeof readDurationFromConfig>;

const MS: Record<keyof ConfiguredDuration, number> = {
  years: 365 * 24 * 3_600_000,
  months: 30 * 24 * 3_600_000,
  weeks: 7 * 24 * 3_600_000,
  days: 24 * 3_600_000,
  hours: 3_600_000,
  minutes: 60_000,
  seconds: 1_000,
  milliseconds: 1,
};

/** Milliseconds of a configured duration (a year counts 365 days, a month 30). */
export function humanDurationToMs(duration: ConfiguredDuration): number {
  let total = 0;
  for (const unit of Object.keys(MS) as (keyof ConfiguredDuration)[]) {
    total += (duration[unit] ?? 0) * MS[unit];
  }
  return total;
}
