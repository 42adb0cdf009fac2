import { sourceErrorTypeForStatus } from '@release-readiness/plugin-release-readiness-common';
import {
  clampRetryAfterMs,
  RateLimitHeader,
  readRetryAfterMs,
  SourceUnavailableError,
} from '@release-readiness/plugin-release-readiness-node';
import pLimit from 'p-limit';
import { pagerDutyHttpError } from './pagerDutyHttpError';
import { toPagerDutyUrl } from './toPagerDutyUrl';
import { rateLimitGroupOf } from './rateLimitGroupOf';
import type {
  PagerDutyClientOptions,
  PagerDutyList,
  PagerDutyListOptions,
  PagerDutyQuery,
  PagerDutyRequestOptions,
} from './pagerDutyClientTypes';

export type {
  PagerDutyClientOptions,
  PagerDutyList,
  PagerDutyListOptions,
  PagerDutyQuery,
  PagerDutyRequestOptions,
} from './pagerDutyClientTypes';

/** The classic-pagination envelope of PagerDuty list endpoints. */
interface PagerDutyPage {
  limit?: number;
  offset?: number;
  more?: boolean;
  [key: string]: unknown;
}

const DEFAULT_BASE_URL = 'https://api.pagerduty.com';
const ACCEPT = 'application/vnd.pagerduty+json;version=2';
/** Classic pagination ends here: PagerDuty refuses `offset + limit` above 10,000. */
const MAX_OFFSET_ITEMS = 10_000;
/**
 * Where PagerDuty says how long to wait: `ratelimit-reset` (seconds until the window resets, not
 * an epoch), else `Retry-After` (delay seconds or an HTTP date).
 */
const RATE_LIMIT_HEADERS: readonly RateLimitHeader[] = [
  { name: 'ratelimit-reset', format: 'delta-seconds' },
  { name: 'retry-after', format: 'retry-after' },
];

/**
 * A small client for the PagerDuty REST API v2, shared by every PagerDuty source (incidents,
 * on-call).
 *
 * @remarks
 * - Calls are serialised: one request at a time per client, as PagerDuty asks for per token.
 *   Create one client per token and share it.
 * - A 429 blocks the client until `ratelimit-reset` (seconds; else `Retry-After`) has passed;
 *   calls meanwhile fail at once with a `SourceUnavailableError` of type `RATE_LIMITED` (with
 *   `retryAfterMs`) without touching the network, so the collector serves the last good value
 *   as stale. A 2xx answer with `ratelimit-remaining: 0` blocks the same way, before PagerDuty has
 *   to refuse. The headers are read by `readRetryAfterMs` of the -node package, which clamps
 *   waits to [1 s, 15 min]; a missing or malformed header means the default back-off.
 * - Every other failure becomes a `SourceUnavailableError` with a typed reason (from
 *   `sourceErrorTypeForStatus` of the -common package, which also says what a 429 is) and our
 *   own message: the path, the status and PagerDuty's numeric error code, never the response
 *   body (it can echo the request or the token).
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

  /**
   * An opaque id of the token (`pagerduty:` and 12 hex digits of its SHA-256), the same for
   * every client with that token: PagerDuty's rate limit is per token.
   */
  readonly rateLimitGroup: string;

  constructor(options: PagerDutyClientOptions) {
    if (!options.token) {
      throw new Error('PagerDutyClient needs an API token');
    }
    this.#token = options.token;
    this.#baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
    this.#defaultBackoffMs = clampRetryAfterMs(
      options.defaultRateLimitBackoffMs ?? 30_000,
    );
    this.#now = options.now ?? Date.now;
    this.rateLimitGroup = rateLimitGroupOf(options.token);
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
   * Every item of a paginated list endpoint (classic `limit`/`offset`/`more` pagination), up to
   * `maxItems`. Use {@link PagerDutyClient.listAll} to learn whether the list was cut short.
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
    return (await this.listAll<T>(path, key, query, options)).items;
  }

  /**
   * Like {@link PagerDutyClient.list}, and says whether items were left unread: `truncated` is
   * true when `maxItems` or PagerDuty's offset limit (10,000) was reached while PagerDuty still
   * said `more`. No request asks beyond that limit (PagerDuty would answer 400).
   */
  async listAll<T>(
    path: string,
    key: string,
    query: PagerDutyQuery = {},
    options: PagerDutyListOptions = {},
  ): Promise<PagerDutyList<T>> {
    const pageSize = Math.min(Math.max(options.pageSize ?? 100, 1), 100);
    const maxItems = Math.min(
      Math.max(options.maxItems ?? 1000, 1),
      MAX_OFFSET_ITEMS,
    );
    const items: T[] = [];
    let offset = 0;
    let more = true;
    while (more && items.length < maxItems) {
      const limit = Math.min(pageSize, MAX_OFFSET_ITEMS - offset);
      if (limit <= 0) {
        break;
      }
      const page = await this.get<PagerDutyPage>(
        path,
        { ...query, limit, offset },
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
      more = page.more === true;
      if (pageItems.length === 0) {
        // `more` with an empty page: nothing more can be read, so the list is not complete.
        break;
      }
      offset += pageItems.length;
    }
    return {
      items: items.slice(0, maxItems),
      truncated: more || items.length > maxItems,
    };
  }

  async #request<T>(
    path: string,
    query: PagerDutyQuery,
    signal: AbortSignal | undefined,
  ): Promise<T> {
    const blockedMs = this.#blockedUntil - this.#now();
    if (blockedMs > 0) {
      throw this.#rateLimited(blockedMs);
    }
    const response = await fetch(toPagerDutyUrl(this.#baseUrl, path, query), {
      method: 'GET',
      headers: {
        Accept: ACCEPT,
        'Content-Type': 'application/json',
        Authorization: `Token token=${this.#token}`,
      },
      signal,
    });
    const waitMs = readRetryAfterMs(response.headers, {
      headers: RATE_LIMIT_HEADERS,
      now: this.#now(),
      fallbackMs: this.#defaultBackoffMs,
    });
    if (
      !response.ok &&
      sourceErrorTypeForStatus(response.status) === 'RATE_LIMITED'
    ) {
      this.#blockedUntil = this.#now() + waitMs;
      await response.body?.cancel();
      throw this.#rateLimited(waitMs);
    }
    if (
      response.ok &&
      response.headers.get('ratelimit-remaining')?.trim() === '0'
    ) {
      this.#blockedUntil = this.#now() + waitMs;
    }
    if (!response.ok) {
      // Only PagerDuty's numeric error code is read from the body; its text is never used.
      const body: unknown = await response.json().catch(() => undefined);
      throw pagerDutyHttpError(path, response.status, body);
    }
    try {
      return (await response.json()) as T;
    } catch {
      if (signal?.aborted) {
        throw signal.reason;
      }
      throw new SourceUnavailableError(
        'BAD_RESPONSE',
        `PagerDuty ${path} answered with a body that is not JSON`,
      );
    }
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
}
