/**
 * A time as GitHub writes timestamps: ISO 8601 in UTC to the second.
 *
 * @param date - the time
 */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
