import { DateTime } from 'luxon';

/**
 * The wall-clock time of `instant` in `zone`, as a Date whose UTC fields hold it ("floating"
 * time, the way `rrule` expands local-time rules).
 */
export function toFloating(instant: DateTime, zone: string): Date {
  const local = instant.setZone(zone);
  return new Date(
    Date.UTC(
      local.year,
      local.month - 1,
      local.day,
      local.hour,
      local.minute,
      local.second,
      local.millisecond,
    ),
  );
}

/**
 * The instant at which the floating wall-clock time `floating` happens in `zone`, following RFC
 * 5545: a time that happens twice (DST ends) means the first of them; a time that does not
 * happen (DST starts) is read with the offset before the gap, i.e. it moves forward.
 */
export function fromFloating(floating: Date, zone: string): DateTime {
  const local = DateTime.fromObject(
    {
      year: floating.getUTCFullYear(),
      month: floating.getUTCMonth() + 1,
      day: floating.getUTCDate(),
      hour: floating.getUTCHours(),
      minute: floating.getUTCMinutes(),
      second: floating.getUTCSeconds(),
      millisecond: floating.getUTCMilliseconds(),
    },
    { zone },
  );
  const candidates = local.getPossibleOffsets();
  if (candidates.length > 1) {
    return candidates.reduce((a, b) => (a.toMillis() <= b.toMillis() ? a : b));
  }
  return local;
}
