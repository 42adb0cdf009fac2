import { SourceUnavailableError } from '@internal/backstage-plugin-release-readiness-node';

function retryAfterMs(error: any): number | undefined {
  const header = error?.headers?.['retry-after'];
  const seconds = Number(header ?? error?.body?.details?.retryAfterSeconds);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
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
 * a 429 passes on its `Retry-After`; a body that is not JSON is a bad response. Aborts and
 * network errors are passed through for the collector to classify.
 */
export function toSourceError(
  error: unknown,
  what: { resource: string; namespace: string },
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
        const body = parsedBody(e);
        const retryAfter = retryAfterMs({ ...e, body });
        return new SourceUnavailableError(
          'RATE_LIMITED',
          `The API server is throttling requests (HTTP 429) listing ${where}${
            retryAfter ? `; retry after ${retryAfter / 1000} s` : ''
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
