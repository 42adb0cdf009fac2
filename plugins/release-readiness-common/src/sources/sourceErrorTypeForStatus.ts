import type { SourceErrorType } from './types';

/**
 * The {@link SourceErrorType} of an upstream's HTTP error status: 401 unauthorized, 403
 * forbidden, 404 not found, 429 rate limited, 5xx server error, any other status a bad response.
 *
 * @remarks
 * The one mapping: the backend's collector and every source module use it. A module whose
 * upstream says one thing with another status passes the status it means (GitHub's rate-limit 403
 * is a 429, its 422 for an unknown ref a 404).
 *
 * @public
 */
export function sourceErrorTypeForStatus(status: number): SourceErrorType {
  switch (status) {
    case 401:
      return 'UNAUTHORIZED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 429:
      return 'RATE_LIMITED';
    default:
      return status >= 500 ? 'SERVER_ERROR' : 'BAD_RESPONSE';
  }
}
