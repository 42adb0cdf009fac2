import { SourceUnavailableError } from '@internal/backstage-plugin-release-readiness-node';

/** Waits read from an upstream are kept within these bounds (1 s to 15 min). */
const MIN_RETRY_AFTER_MS = 1_000;
const MAX_RETRY_AFTER_MS = 15 * 60_000;

/**
 * A `Retry-After` value in milliseconds: delay seconds (`120`) or an HTTP date, clamped to
 * [1 s, 15 min] so that a broken or hostile server can neither stop the board for years nor make
 * it hammer the server with a negative wait. `undefined` when absent or malformed; the collector
 * then backs off by its own default.
 */
function retryAfterMs(value: unknown, now: () => number): number | undefined {
  let ms: number | undefined;
  if (typeof value === 'number') {
    ms = value * 1000;
  } else if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) {
    ms = Number(value) * 1000;
  } else if (typeof value === 'string' && /[a-z]/i.test(value)) {
    const at = Date.parse(value);
    ms = Number.isNaN(at) ? undefined : at - now();
  }
  if (ms === undefined || !Number.isFinite(ms)) {
    return undefined;
  }
  return Math.min(
    Math.max(Math.ceil(ms), MIN_RETRY_AFTER_MS),
    MAX_RETRY_AFTER_MS,
  );
}

function parsedBody(error: any): any {
  if (typeof error?.body !== 'string') {
    return error?.body;
  }
  try {
    return JSON.parse(error.body);
  } catch {
    return undefined;
  }
}

/**
 * Turns what `@kubernetes/client-node` threw for one LIST call into an error the collector
 * shows: HTTP statuses (an `ApiException` carries `code`, `headers` and `body`) get a typed
 * `SourceUnavailableError` whose message names the resource but never echoes the response body;
 * a 429 passes on its `Retry-After` (or the `Status` body's `details.retryAfterSeconds`), clamped
 * to [1 s, 15 min]; a body that is not JSON is a bad response. Aborts and network errors are
 * passed through for the collector to classify (and redact).
 */
export function toSourceError(
  error: unknown,
  what: { resource: string; namespace: string },
  now: () => number = Date.now,
): unknown {
  const e = error as any;
  const where = `${what.resource} in namespace ${what.namespace}`;
  if (typeof e?.code === 'number' && e.code >= 400 && e.code < 600) {
    const code: number = e.code;
    switch (code) {
      case 401:
        return new SourceUnavailableError(
          'UNAUTHORIZED',
          `The API server rejected the credentials (HTTP 401) listing ${where}`,
        );
      case 403:
        return new SourceUnavailableError(
          'FORBIDDEN',
          `Not allowed to list ${where} (HTTP 403); grant the reader list access`,
        );
      case 429: {
        const retryAfter =
          retryAfterMs(e?.headers?.['retry-after'], now) ??
          retryAfterMs(parsedBody(e)?.details?.retryAfterSeconds, now);
        return new SourceUnavailableError(
          'RATE_LIMITED',
          `The API server is throttling requests (HTTP 429) listing ${where}${
            retryAfter ? `; retry after ${Math.ceil(retryAfter / 1000)} s` : ''
          }`,
          { retryAfterMs: retryAfter },
        );
      }
      default:
        return new SourceUnavailableError(
          code >= 500 ? 'SERVER_ERROR' : 'BAD_RESPONSE',
          `The API server answered HTTP ${code} listing ${where}`,
        );
    }
  }
  if (e?.name === 'SyntaxError') {
    return new SourceUnavailableError(
      'BAD_RESPONSE',
      `The API server answered with a body that is not valid JSON listing ${where}`,
    );
  }
  return error;
}
