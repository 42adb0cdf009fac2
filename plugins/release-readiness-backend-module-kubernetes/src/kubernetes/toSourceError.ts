import {
  sourceErrorTypeForStatus,
  SourceErrorType,
} from '@release-readiness/plugin-release-readiness-common';
import {
  RateLimitHeader,
  readRetryAfterMs,
  SourceUnavailableError,
} from '@release-readiness/plugin-release-readiness-node';

/** The API server's `Retry-After`: delay seconds or an HTTP date. */
const RETRY_AFTER_HEADER: readonly RateLimitHeader[] = [
  { name: 'retry-after', format: 'retry-after' },
];
/** A `Status` body's `details.retryAfterSeconds`, read like the header it mirrors. */
const STATUS_RETRY_AFTER: readonly RateLimitHeader[] = [
  { name: 'retryAfterSeconds', format: 'retry-after' },
];

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `Status` body of an `ApiException` (a string of JSON, or already parsed), if any. */
function statusBodyOf(error: Readonly<Record<string, unknown>>): unknown {
  if (typeof error.body !== 'string') {
    return error.body;
  }
  try {
    return JSON.parse(error.body);
  } catch {
    return undefined;
  }
}

/**
 * The wait a 429 asks for: its `Retry-After`, else its `Status` body's
 * `details.retryAfterSeconds`, clamped to [1 s, 15 min]; `undefined` when neither is usable.
 */
function retryAfterMsOf(
  error: Readonly<Record<string, unknown>>,
  now: number,
): number | undefined {
  const body = statusBodyOf(error);
  const details = isRecord(body) && isRecord(body.details) ? body.details : {};
  return (
    readRetryAfterMs(isRecord(error.headers) ? error.headers : {}, {
      headers: RETRY_AFTER_HEADER,
      now,
    }) ?? readRetryAfterMs(details, { headers: STATUS_RETRY_AFTER, now })
  );
}

/**
 * The error type of an HTTP status, from `sourceErrorTypeForStatus`, except 404: a LIST answered
 * 404 is no missing object (a namespace without such objects lists none) but an API the server
 * does not serve, which this module has always reported as a bad response.
 */
function errorTypeOf(code: number): SourceErrorType {
  return code === 404 ? 'BAD_RESPONSE' : sourceErrorTypeForStatus(code);
}

/**
 * Turns what `@kubernetes/client-node` threw for one LIST call into an error the collector
 * shows: HTTP statuses (an `ApiException` carries `code`, `headers` and `body`) get a typed
 * `SourceUnavailableError` whose message names the resource but never echoes the response body;
 * a 429 passes on its `Retry-After` (or the `Status` body's `details.retryAfterSeconds`), clamped
 * to [1 s, 15 min] by `readRetryAfterMs`; a body that is not JSON is a bad response. Aborts and
 * network errors are passed through for the collector to classify (and redact).
 */
export function toSourceError(
  error: unknown,
  what: { resource: string; namespace: string },
  now: () => number = Date.now,
): unknown {
  const where = `${what.resource} in namespace ${what.namespace}`;
  if (!isRecord(error)) {
    return error;
  }
  const code = error.code;
  if (typeof code === 'number' && code >= 400 && code < 600) {
    const type = errorTypeOf(code);
    switch (type) {
      case 'UNAUTHORIZED':
        return new SourceUnavailableError(
          type,
          `The API server rejected the credentials (HTTP ${code}) listing ${where}`,
        );
      case 'FORBIDDEN':
        return new SourceUnavailableError(
          type,
          `Not allowed to list ${where} (HTTP ${code}); grant the reader list access`,
        );
      case 'RATE_LIMITED': {
        const retryAfter = retryAfterMsOf(error, now());
        return new SourceUnavailableError(
          type,
          `The API server is throttling requests (HTTP ${code}) listing ${where}${
            retryAfter ? `; retry after ${Math.ceil(retryAfter / 1000)} s` : ''
          }`,
          { retryAfterMs: retryAfter },
        );
      }
      default:
        return new SourceUnavailableError(
          type,
          `The API server answered HTTP ${code} listing ${where}`,
        );
    }
  }
  if (error.name === 'SyntaxError') {
    return new SourceUnavailableError(
      'BAD_RESPONSE',
      `The API server answered with a body that is not valid JSON listing ${where}`,
    );
  }
  return error;
}
