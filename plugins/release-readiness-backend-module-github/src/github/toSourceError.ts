import {
  sourceErrorTypeForStatus,
  SourceErrorType,
} from '@release-readiness/plugin-release-readiness-common';
import {
  RateLimitHeader,
  readRetryAfterMs,
  SourceUnavailableError,
} from '@release-readiness/plugin-release-readiness-node';

/**
 * Where GitHub says how long to wait: `retry-after` (delay seconds or an HTTP date; secondary
 * limits and 429s), else `x-ratelimit-reset` (epoch seconds; the primary limit).
 */
const RATE_LIMIT_HEADERS: readonly RateLimitHeader[] = [
  { name: 'retry-after', format: 'retry-after' },
  { name: 'x-ratelimit-reset', format: 'epoch-seconds' },
];
/** The wait when GitHub says it limits but gives no usable time. */
const DEFAULT_RETRY_AFTER_MS = 60_000;

/** Our message for each error type, naming what was read and never GitHub's body. */
const MESSAGES: Partial<
  Record<
    SourceErrorType,
    (what: string, status: number, access: string) => string
  >
> = {
  UNAUTHORIZED: (what, status) =>
    `GitHub rejected the credentials for ${what} (HTTP ${status}); check the integrations.github token or app`,
  FORBIDDEN: (what, status, access) =>
    `GitHub denied access to ${what} (HTTP ${status}); the token needs ${access}`,
  NOT_FOUND: (what, status) => `GitHub does not know ${what} (HTTP ${status})`,
};

interface OctokitLikeError {
  name?: string;
  status?: number;
  response?: { headers?: Record<string, string | number | undefined> };
  cause?: unknown;
}

/**
 * Turns what Octokit threw into what the collector understands: HTTP answers become typed
 * `SourceUnavailableError`s with our own messages (never GitHub's body), rate limits with the time
 * to wait (clamped to [1 s, 15 min]); network failures are passed on as their cause (so their
 * error code is classified and their message redacted), aborts are passed on unchanged.
 *
 * @remarks
 * The type comes from `sourceErrorTypeForStatus`, for the status GitHub means: a 403 that is
 * GitHub's rate limit (`x-ratelimit-remaining: 0`, or a `retry-after`) is a 429, and a 422 for a
 * ref ("No commit found for SHA") is a 404. The wait comes from `readRetryAfterMs`
 * (`retry-after`, else `x-ratelimit-reset`, else 60 s).
 *
 * @param error - what Octokit threw
 * @param what - what was read or written, for the message, e.g. `servanda/servanda@v1.8.0`
 * @param now - the clock, for `x-ratelimit-reset`
 * @param access - what a 403 says the token needs; default read access to checks and statuses
 */
export function toSourceError(
  error: unknown,
  what: string,
  now: () => number,
  access = 'read access to checks and statuses',
): unknown {
  const e = error as OctokitLikeError;
  if (e?.name === 'AbortError' || e?.name === 'SourceUnavailableError') {
    return error;
  }
  if (!e?.response) {
    // No HTTP answer: fetch failed (refused, DNS, TLS, reset). Octokit calls it 500; it is not.
    return e?.cause ?? error;
  }
  const status = e.status ?? 0;
  const headers = e.response.headers ?? {};
  const remaining = headers['x-ratelimit-remaining'];
  const exhausted =
    remaining !== undefined &&
    String(remaining).trim() !== '' &&
    Number(remaining) === 0;
  const githubRateLimit =
    status === 403 && (exhausted || headers['retry-after'] !== undefined);
  const type = sourceErrorTypeForStatus(
    githubRateLimit ? 429 : meantStatus(status),
  );
  if (type === 'RATE_LIMITED') {
    const waitMs = readRetryAfterMs(headers, {
      headers: RATE_LIMIT_HEADERS,
      now: now(),
      fallbackMs: DEFAULT_RETRY_AFTER_MS,
    });
    return new SourceUnavailableError(
      'RATE_LIMITED',
      `GitHub rate limit reached for ${what}; next call in ${Math.ceil(
        waitMs / 1000,
      )} s`,
      { retryAfterMs: waitMs },
    );
  }
  const message =
    MESSAGES[type]?.(what, status, access) ??
    `GitHub answered HTTP ${status} for ${what}`;
  return new SourceUnavailableError(type, message);
}

/** GitHub answers 422 for a ref it does not know; that is a 404. */
function meantStatus(status: number): number {
  return status === 422 ? 404 : status;
}
