/**
 * A time in the browser's zone and locale (e.g. `3/27/2026, 4:00:00 PM` in en-US), for times
 * that are read by the viewer alone, such as a CronJob's last run.
 */
export function formatLocalDateTime(iso: string): string {
  return new Date(iso).toLocaleString();
}
