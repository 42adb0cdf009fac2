/**
 * How current a tile's data is.
 *
 * - `ok`: fetched successfully within the cache lifetime.
 * - `stale`: the last good value is shown, with its age, because it is older than the cache
 *   lifetime (a refresh is under way), the last fetch failed or the source is rate limited.
 * - `unavailable`: there is no usable value; the tile must not show a result.
 *
 * @public
 */
export type SourceStatus = 'ok' | 'stale' | 'unavailable';

/**
 * Machine-readable reason a source could not be read.
 *
 * @public
 */
export type SourceErrorType =
  | 'TIMEOUT'
  | 'CONNECTION_REFUSED'
  | 'CONNECTION_RESET'
  | 'DNS'
  | 'TLS'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  | 'SERVER_ERROR'
  | 'BAD_RESPONSE'
  | 'NOT_CONFIGURED'
  | 'UNKNOWN';

/**
 * Why a source is stale or unavailable. The message is safe to show: it never contains
 * credentials.
 *
 * @public
 */
export interface SourceError {
  type: SourceErrorType;
  message: string;
}

/**
 * Provenance of a tile's data. Every response that carries upstream data carries one.
 *
 * @public
 */
export interface SourceInfo {
  /** Which source produced the data, e.g. `kubernetes:servanda-prod` or `snapshot`. */
  name: string;
  /** ISO timestamp of when the shown data was obtained ("as of"). Absent when never obtained. */
  fetchedAt?: string;
  status: SourceStatus;
  /** Present when status is `stale` or `unavailable`. */
  error?: SourceError;
}
