import { SourceUnavailableError } from '@internal/backstage-plugin-release-readiness-node';

interface OctokitLikeError {
  name?: string;
  status?: number;
  response?: { headers?: Record<string, string | number | undefined> };
  cause?: unknown;
}

/**
 * Turns what Octokit threw into what the collector understands: HTTP answers become typed
 * `SourceUnavailableError`s (rate limits with the time to wait), network failures are passed on
 * as their cause (so their error code is classified), aborts are passed on unchanged.
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
    headers[name] === undefined ? undefined : Number(headers[name]);
  const retryAfter = header('retry-after');
  const remaining = header('x-ratelimit-remaining');
  const reset = header('x-ratelimit-reset');
  if (
    status === 429 ||
    (status === 403 && (remaining === 0 || retryAfter !== undefined))
  ) {
    let retryAfterMs = 60_000;
    if (retryAfter !== undefined && Number.isFinite(retryAfter)) {
      retryAfterMs = retryAfter * 1000;
    } else if (reset !== undefined && Number.isFinite(reset)) {
      retryAfterMs = Math.max(0, reset * 1000 - now());
    }
    return new SourceUnavailableError(
      'RATE_LIMITED',
      `GitHub rate limit reached for ${what}; next call in ${Math.ceil(
        retryAfterMs / 1000,
      )} s`,
      { retryAfterMs },
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
