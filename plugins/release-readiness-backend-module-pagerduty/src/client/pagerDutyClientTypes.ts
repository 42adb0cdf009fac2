/**
 * Query parameters of a PagerDuty request. Array values repeat the key as given, so pass array
 * parameters under their documented name, e.g. `{ 'service_ids[]': ['PIJ90N7'] }`.
 *
 * @public
 */
export type PagerDutyQuery = Record<
  string,
  string | number | boolean | ReadonlyArray<string | number> | undefined
>;

/**
 * Options of one PagerDuty call.
 *
 * @public
 */
export interface PagerDutyRequestOptions {
  /** Aborts the request (and drops it if it is still queued behind other calls). */
  signal?: AbortSignal;
}

/**
 * Options of `PagerDutyClient.list`.
 *
 * @public
 */
export interface PagerDutyListOptions extends PagerDutyRequestOptions {
  /** Page size; PagerDuty allows at most 100. Default 100. */
  pageSize?: number;
  /**
   * Stop after this many items, even if PagerDuty has more. Default 1000; at most 10,000, where
   * PagerDuty's offset pagination ends (`offset + limit` may not exceed 10,000).
   */
  maxItems?: number;
}

/**
 * The items of a paginated list, and whether PagerDuty had more than were read.
 *
 * @public
 */
export interface PagerDutyList<T> {
  items: T[];
  /**
   * True when the list is incomplete: `maxItems` or PagerDuty's offset limit (10,000) was reached
   * while PagerDuty still said `more`, or it said `more` with an empty page.
   */
  truncated: boolean;
}

/**
 * How to reach PagerDuty.
 *
 * @public
 */
export interface PagerDutyClientOptions {
  /** A REST API key (account or user key). Sent as `Authorization: Token token=...`, never logged. */
  token: string;
  /** Default `https://api.pagerduty.com`; EU accounts use `https://api.eu.pagerduty.com`. */
  baseUrl?: string;
  /**
   * Wait this long after a 429 that carries no usable `ratelimit-reset` or `Retry-After` header
   * (PagerDuty's older rate limiter sends none). Default 30 s; kept within [1 s, 15 min].
   */
  defaultRateLimitBackoffMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}
