import { SourceUnavailableError } from '@internal/backstage-plugin-release-readiness-node';

/** Waits read from GitHub are kept within these bounds (1 s to 15 min). */
const MIN_RETRY_AFTER_MS = 1_000;
const MAX_RETRY_AFTER_MS = 15 * 60_000;
/** The wait when GitHub says it limits but gives no usable time. */
const DEFAULT_RETRY_AFTER_MS = 60_000;

const clamp = (ms: number) =>
  Math.min(Math.max(Math.ceil(ms), MIN_RETRY_AFTER_MS), MAX_RETRY_AFTER_MS);

/**
 * How long to wait, from `retry-after` (delay seconds or an HTTP date) or else
 * `x-ratelimit-reset` (epoch seconds), clamped to [1 s, 15 min] so that a broken or hostile answer
 * can neither stop the gates for years nor make the board call again at once. Malformed or
 * missing values give {@link DEFAULT_RETRY_AFTER_MS}.
 */
function retryAfterMs(
  retryAfter: string | undefined,
  reset: string | undefined,
  now: () => number,
): number {
  if (retryAfter !== undefined && /^\s*-?\d+(\.\d+)?\s*$/.test(retryAfter)) {
    return clamp(Number(retryAfter) * 1000);
  }
  if (retryAfter !== undefined && /[a-z]/i.test(retryAfter)) {
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) {
      return clamp(at - now());
    }
  }
  if (reset !== undefined && /^\s*\d+(\.\d+)?\s*$/.test(reset)) {
    const ms = Number(reset) * 1000 - now();
    if (Number.isFinite(ms)) {
      return clamp(ms);
    }
  }
  return DEFAULT_RETRY_AFTER_MS;
}

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
 */
export function toSourceError(
  error: unknown,
  what: string,
  now: () => number,
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
  const header = (name: string) =>
    headers[name] === undefined ? undefined : String(headers[name]);
  const retryAfter = header('retry-after');
  const remaining = header('x-ratelimit-remaining')?.trim();
  const exhausted =
    remaining !== undefined && remaining !== '' && Number(remaining) === 0;
  if (
    status === 429 ||
    (status === 403 && (exhausted || retryAfter !== undefined))
  ) {
    const waitMs = retryAfterMs(retryAfter, header('x-ratelimit-reset'), now);
    return new SourceUnavailableError(
      'RATE_LIMITED',
      `GitHub rate limit reached for ${what}; next call in ${Math.ceil(
        waitMs / 1000,
      )} s`,
      { retryAfterMs: waitMs },
    );
  }
  if (status === 401) {
    return new SourceUnavailableError(
      'UNAUTHORIZED',
      `GitHub rejected the credentials for ${what} (HTTP 401); check the integrations.github token or app`,
    );
  }
  if (status === 403) {
    return new SourceUnavailableError(
      'FORBIDDEN',
      `GitHub denied access to ${what} (HTTP 403); the token needs read access to checks and statuses`,
    );
  }
  if (status === 404 || status === 422) {
    return new SourceUnavailableError(
      'NOT_FOUND',
      `GitHub does not know ${what} (HTTP ${status})`,
    );
  }
  return new SourceUnavailableError(
    status >= 500 ? 'SERVER_ERROR' : 'BAD_RESPONSE',
    `GitHub answered HTTP ${status} for ${what}`,
  );
}
