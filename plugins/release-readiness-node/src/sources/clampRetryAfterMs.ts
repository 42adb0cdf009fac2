/**
 * The shortest wait a rate-limit answer can impose: 1 s, so that a zero, negative or past value
 * cannot make the board call again at once.
 *
 * @public
 */
export const MIN_RETRY_AFTER_MS = 1_000;

/**
 * The longest wait a rate-limit answer can impose: 15 min, so that a broken or hostile value
 * ("retry in 10 years") cannot stop the board for good.
 *
 * @public
 */
export const MAX_RETRY_AFTER_MS = 15 * 60_000;

/**
 * Keeps a wait within [{@link MIN_RETRY_AFTER_MS}, {@link MAX_RETRY_AFTER_MS}] (1 s to 15 min),
 * rounded up to whole milliseconds; `Infinity` becomes 15 min.
 *
 * @public
 */
export function clampRetryAfterMs(ms: number): number {
  return Math.min(
    Math.max(Math.ceil(ms), MIN_RETRY_AFTER_MS),
    MAX_RETRY_AFTER_MS,
  );
}
