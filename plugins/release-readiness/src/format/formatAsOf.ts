import { DateTime } from 'luxon';

/**
 * How old a source's data is, e.g. `3 minutes ago`, relative to `now`; `never` when it was never
 * obtained. An unreadable time is shown as given.
 */
export function formatAsOf(
  iso: string | undefined,
  now: DateTime = DateTime.now(),
): string {
  if (!iso) {
    return 'never';
  }
  const at = DateTime.fromISO(iso);
  return at.isValid ? at.toRelative({ base: now }) ?? iso : iso;
}
