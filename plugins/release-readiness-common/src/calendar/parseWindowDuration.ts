import { Duration } from 'luxon';

/**
 * Parses a window's ISO 8601 duration (e.g. `PT2H`, `P2DT16H`); it must be longer than zero.
 *
 * @throws Error with a message that says what is wrong
 * @public
 */
export function parseWindowDuration(text: string): Duration {
  const duration = Duration.fromISO(text);
  if (!duration.isValid) {
    throw new Error(
      `'${text}' is not an ISO 8601 duration such as PT2H or P2DT16H`,
    );
  }
  if (!(duration.as('milliseconds') > 0)) {
    throw new Error('must be longer than zero');
  }
  return duration;
}
