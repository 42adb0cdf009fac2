import { sourceErrorTypeForStatus } from '@internal/backstage-plugin-release-readiness-common';
import { SourceUnavailableError } from '@internal/backstage-plugin-release-readiness-node';
import pLimit from 'p-limit';

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
 * Options of {@link PagerDutyClient.list}.
 *
 * @public
 */
export interface PagerDutyListOptions extends PagerDutyRequestOptions {
  /** Page size; PagerDuty allows at most 100. Default 100. */
  pageSize?: number;
  /** Stop after this many items, even if PagerDuty has more. Default 1000. */
  maxItems?: number;
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
   * Wait this long after a 429 that carries no `ratelimit-reset` header (PagerDuty's older rate
   * limiter sends none). Default 30 s.
   */
  defaultRateLimitBackoffMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

/** The classic-pagination envelope of PagerDuty list endpoints. */
interface PagerDutyPage {
  limit?: number;
  offset?: number;
  more?: boolean;
  [key: string]: unknown;
}

const DEFAULT_BASE_URL = 'https://api.pagerduty.com';
const ACCEPT = 'application/vnd.pagerduty+json;version=2';
const MAX_ERROR_DETAIL = 200;

/** PagerDuty's documented error body: `{ error: { message, code, errors: [...] } }`. */
function errorDetail(body: unknown): string {
  const error = (body as { error?: { message?: unknown; errors?: unknown } })
    ?.error;
  if (!error || typeof error.message !== 'string') {
    return '';
  }
  const details = Array.isArray(error.errors)
    ? error.errors.filter(e => typeof e === 'string').join('; ')
    : '';
  const text = details ? `${error.message}: ${details}` : error.message;
  return text.length > MAX_ERROR_DETAIL
    ? `${text.slice(0, MAX_ERROR_DETAIL - 1)}…`
    : text;
}

/**
 * A small client for the PagerDuty REST API v2, shared by every PagerDuty source (incidents,
 * on-call).
 *
 * @remarks
 * - Calls are serialised: one request at a time per client, as PagerDuty asks for per token.
 *   Create one client per token and share it.
 * - A 429 blocks the client until `ratelimit-reset` (seconds) has passed; calls meanwhile fail at
 *   once with a `SourceUnavailableError('RATE_LIMITED', ..., { retryAfterMs })` without touching
 *   the network, so the collector serves the last good value as stale. A 2xx answer with
 *   `ratelimit-remaining: 0` blocks the same way, before PagerDuty has to refuse.
 * - Every other failure becomes a `SourceUnavailableError` with a typed reason. Messages never
 *   contain the token.
 *
 * @public
 */
export class PagerDutyClient {
  readonly #token: string;
  readonly #baseUrl: string;
  readonly #defaultBackoffMs: number;
  readonly #now: () => number;
  readonly #queue = pLimit(1);
  #blockedUntil = 0;

  constructor(options: PagerDutyClientOptions) {
    if (!options.token) {
      throw new Error('PagerDutyClient needs an API token');
    }
    this.#token = options.token;
    this.#baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
    this.#defaultBackoffMs = options.defaultRateLimitBackoffMs ?? 30_000;
    this.#now = options.now ?? Date.now;
  }

  /** The API base URL, e.g. `https://api.pagerduty.com`. */
  get baseUrl(): string {
    return this.#baseUrl;
  }

  /**
   * `GET <baseUrl><path>?<query>` and the parsed JSON body.
   *
   * @param path - e.g. `/incidents` or `/oncalls`
   */
  get<T>(
    path: string,
    query: PagerDutyQuery = {},
    options: PagerDutyRequestOptions = {},
  ): Promise<T> {
    const { signal } = options;
    signal?.throwIfAborted();
    const queued = this.#queue(() => {
      signal?.throwIfAborted();
      return this.#request<T>(path, query, signal);
    });
    if (!signal) {
      return queued;
    }
    // Give up waiting in the queue as soon as the caller gives up.
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      queued.then(resolve, reject).finally(() => {
        signal.removeEventListener('abort', onAbort);
      });
    });
  }

  /**
   * Every item of a paginated list endpoint (classic `limit`/`offset`/`more` pagination).
   *
   * @param path - e.g. `/incidents`
   * @param key - the array property of the page, e.g. `incidents`
   */
  async list<T>(
    path: string,
    key: string,
    query: PagerDutyQuery = {},
    options: PagerDutyListOptions = {},
  ): Promise<T[]> {
    const pageSize = Math.min(Math.max(options.pageSize ?? 100, 1), 100);
    const maxItems = options.maxItems ?? 1000;
    const items: T[] = [];
    for (let offset = 0; items.length < maxItems; ) {
      const page = await this.get<PagerDutyPage>(
        path,
        { ...query, limit: pageSize, offset },
        { signal: options.signal },
      );
      const pageItems = page[key];
      if (!Array.isArray(pageItems)) {
        throw new SourceUnavailableError(
          'BAD_RESPONSE',
          `PagerDuty ${path} answered without a '${key}' list`,
        );
      }
      items.push(...(pageItems as T[]));
      if (!page.more || pageItems.length === 0) {
        break;
      }
      offset += pageItems.length;
    }
    return items.slice(0, maxItems);
  }

  async #request<T>(
    path: string,
    query: PagerDutyQuery,
    signal: AbortSignal | undefined,
  ): Promise<T> {
    const waitMs = this.#blockedUntil - this.#now();
    if (waitMs > 0) {
      throw this.#rateLimited(waitMs);
    }
    const response = await fetch(this.#url(path, query), {
      method: 'GET',
      headers: {
        Accept: ACCEPT,
        'Content-Type': 'application/json',
        Authorization: `Token token=${this.#token}`,
      },
      signal,
    });
    const resetMs = this.#resetMs(response.headers);
    if (response.status === 429) {
      const backoff = resetMs ?? this.#defaultBackoffMs;
      this.#blockedUntil = this.#now() + backoff;
      await response.body?.cancel();
      throw this.#rateLimited(backoff);
    }
    if (
      response.ok &&
      resetMs !== undefined &&
      response.headers.get('ratelimit-remaining') === '0'
    ) {
      this.#blockedUntil = this.#now() + resetMs;
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      if (!response.ok) {
        throw this.#httpError(path, response.status, undefined);
      }
      throw new SourceUnavailableError(
        'BAD_RESPONSE',
        `PagerDuty ${path} answered with a body that is not JSON`,
      );
    }
    if (!response.ok) {
      throw this.#httpError(path, response.status, body);
    }
    return body as T;
  }

  #url(path: string, query: PagerDutyQuery): string {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined) {
        continue;
      }
      if (Array.isArray(value)) {
        for (const item of value) {
          params.append(key, String(item));
        }
      } else {
        params.append(key, String(value));
      }
    }
    const search = params.toString();
    const normalised = path.startsWith('/') ? path : `/${path}`;
    return `${this.#baseUrl}${normalised}${search ? `?${search}` : ''}`;
  }

  #resetMs(headers: Headers): number | undefined {
    const reset = Number(headers.get('ratelimit-reset'));
    if (!headers.has('ratelimit-reset') || !Number.isFinite(reset)) {
      return undefined;
    }
    return Math.max(0, Math.ceil(reset * 1000));
  }

  #rateLimited(waitMs: number): SourceUnavailableError {
    return new SourceUnavailableError(
      'RATE_LIMITED',
      `PagerDuty rate limit reached; next call in ${Math.ceil(
        waitMs / 1000,
      )} s`,
      { retryAfterMs: waitMs },
    );
  }

  #httpError(
    path: string,
    status: number,
    body: unknown,
  ): SourceUnavailableError {
    const detail = errorDetail(body);
    let hint = '';
    if (status === 401) {
      hint = ' (check releaseReadiness.pagerduty.token)';
    }
    return new SourceUnavailableError(
      sourceErrorTypeForStatus(status),
      `PagerDuty ${path} answered HTTP ${status}${
        detail ? `: ${detail}` : ''
      }${hint}`,
    );
  }
}
