import { sourceErrorTypeForStatus } from '@release-readiness/plugin-release-readiness-common';
import { SourceUnavailableError } from '@release-readiness/plugin-release-readiness-node';

/** Prometheus' `errorType` values (`web/api/v1/api.go`): a fixed set, safe to name. */
const ERROR_TYPES = new Set([
  'timeout',
  'canceled',
  'execution',
  'bad_data',
  'internal',
  'unavailable',
  'not_found',
  'not_acceptable',
]);

/**
 * The error for a Prometheus answer that is not a success, in our own words: the server's name,
 * the status, Prometheus' `errorType` when it is one of its known values, and what the status
 * means. Never the answer's `error` text or body: a 4xx quotes the query, a proxy may echo
 * anything.
 */
export function prometheusHttpError(options: {
  server: string;
  status: number;
  errorType?: string;
  retryAfterMs?: number;
}): SourceUnavailableError {
  const { server, status } = options;
  const errorType =
    options.errorType && ERROR_TYPES.has(options.errorType)
      ? options.errorType
      : undefined;
  const code = `HTTP ${status}${errorType ? ` ${errorType}` : ''}`;
  const say = (
    type: ConstructorParameters<typeof SourceUnavailableError>[0],
    what: string,
  ) =>
    new SourceUnavailableError(type, `Prometheus ${server} ${what} (${code})`, {
      ...(options.retryAfterMs !== undefined && {
        retryAfterMs: options.retryAfterMs,
      }),
    });
  switch (status) {
    case 400:
      return say('BAD_RESPONSE', 'refused the query as invalid');
    case 401:
      return say(
        'UNAUTHORIZED',
        `rejected the credentials (check releaseReadiness.prometheus.servers.${server}.auth)`,
      );
    case 403:
      return say('FORBIDDEN', 'does not allow these credentials to query');
    case 404:
      return say(
        'NOT_FOUND',
        `has no query API at the configured url (releaseReadiness.prometheus.servers.${server}.url)`,
      );
    case 422:
      return say('BAD_RESPONSE', 'could not execute the query');
    case 429:
      return say('RATE_LIMITED', 'is rate limiting the queries');
    case 503:
      return errorType === 'timeout' || errorType === 'canceled'
        ? say('TIMEOUT', 'timed out or aborted the query')
        : say('SERVER_ERROR', 'is unavailable');
    default:
      return say(
        sourceErrorTypeForStatus(status),
        status >= 500 ? 'failed' : 'answered with an unexpected status',
      );
  }
}
