/** The shortest wait a rate-limit header can ask for: 1 s. */
export const MIN_RATE_LIMIT_WAIT_MS = 1_000;
/** The longest wait a rate-limit header can ask for: 15 min. */
export const MAX_RATE_LIMIT_WAIT_MS = 15 * 60_000;

/** Keeps a wait within [1 s, 15 min]. */
export function clampRateLimitWaitMs(ms: number): number {
  return Math.min(
    Math.max(Math.ceil(ms), MIN_RATE_LIMIT_WAIT_MS),
    MAX_RATE_LIMIT_WAIT_MS,
  );
}

const DELAY_SECONDS = /^\s*-?\d+(?:\.\d+)?\s*$/;

/**
 * How long PagerDuty asks us to wait, from `ratelimit-reset` (seconds until the window resets) or
 * else `Retry-After` (delay seconds or an HTTP date), clamped to [1 s, 15 min]: a broken or
 * hostile answer can neither stop the board for years ("retry in 10 years") nor make it call
 * again at once (a negative or zero wait).
 *
 * @returns `undefined` when neither header is present or both are malformed; the caller then
 *   backs off by its default
 */
export function readRateLimitWaitMs(
  headers: Headers,
  now: number,
): number | undefined {
  const reset = headers.get('ratelimit-reset');
  if (reset !== null && DELAY_SECONDS.test(reset)) {
    return clampRateLimitWaitMs(Number(reset) * 1000);
  }
  const retryAfter = headers.get('retry-after');
  if (retryAfter !== null && DELAY_SECONDS.test(retryAfter)) {
    return clampRateLimitWaitMs(Number(retryAfter) * 1000);
  }
  if (retryAfter !== null && /[a-z]/i.test(retryAfter)) {
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) {
      return clampRateLimitWaitMs(at - now);
    }
  }
  return undefined;
}
