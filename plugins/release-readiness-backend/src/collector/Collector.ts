import { CacheService, LoggerService } from '@backstage/backend-plugin-api';
import { JsonValue } from '@backstage/types';
import type {
  SourceError,
  SourceInfo,
} from '@internal/backstage-plugin-release-readiness-common';
import { SourceUnavailableError } from '@internal/backstage-plugin-release-readiness-node';
import pLimit from 'p-limit';
import { classifySourceError } from './classifySourceError';
import { CollectorOptions } from './readCollectorOptions';

/** One thing the collector fetches: a source call for one environment. */
export interface CollectJob<T extends JsonValue> {
  /** Unique cache key, e.g. `workloads:prod`. */
  key: string;
  /** Shown as `source.name`, e.g. `kubernetes:demo-cluster/servanda-prod`. */
  sourceName: string;
  /** The source call. Must pass `signal` on so that a timeout really cancels the request. */
  fetch(options: { signal: AbortSignal }): Promise<T>;
  /** When the data was really taken, if not at fetch time (e.g. an offline snapshot's time). */
  asOf?(value: T): string | undefined;
}

/** A value with its provenance. `value` is absent exactly when `source.status` is `unavailable`. */
export interface Collected<T> {
  value?: T;
  source: SourceInfo;
}

interface CacheEntry {
  value?: JsonValue;
  fetchedAt?: number;
  asOf?: string;
  failedAt?: number;
  error?: SourceError;
  retryAt?: number;
}

/** A failed call is not retried by readers for this long (unless a source asks for longer). */
const MAX_FAILURE_BACKOFF_MS = 15_000;

/**
 * Runs every source call with a timeout that aborts it, bounded concurrency, a cache with TTL and
 * a stale fallback, so a slow or broken upstream turns into a tile status, never into an error.
 *
 * @remarks
 * Results live in Backstage's cache service (memory by default, Redis or similar in production),
 * so several backend replicas share them; the scheduled refresh task fills the cache once for all
 * replicas. Calls for the same key in one instance are shared, not repeated.
 */
export class Collector {
  readonly #cache: CacheService;
  readonly #logger: LoggerService;
  readonly #options: CollectorOptions;
  readonly #now: () => number;
  readonly #limit: ReturnType<typeof pLimit>;
  readonly #inflight = new Map<string, Promise<Collected<JsonValue>>>();
  readonly #jobs = new Map<string, CollectJob<any>>();

  static create(options: {
    cache: CacheService;
    logger: LoggerService;
    options: CollectorOptions;
    now?: () => number;
  }): Collector {
    return new Collector(
      options.cache,
      options.logger,
      options.options,
      options.now ?? Date.now,
    );
  }

  private constructor(
    cache: CacheService,
    logger: LoggerService,
    options: CollectorOptions,
    now: () => number,
  ) {
    this.#cache = cache;
    this.#logger = logger;
    this.#options = options;
    this.#now = now;
    this.#limit = pLimit(options.concurrency);
  }

  get options(): CollectorOptions {
    return this.#options;
  }

  /** Remembers a job so that {@link Collector.refreshAll} keeps its cache warm. */
  register<T extends JsonValue>(job: CollectJob<T>): CollectJob<T> {
    this.#jobs.set(job.key, job);
    return job;
  }

  /** Forgets a registered job (its cached value stays until it expires). */
  unregister(key: string): void {
    this.#jobs.delete(key);
  }

  /**
   * Refreshes the registered jobs; used by the scheduled background task.
   *
   * @param options - `untilNextRunMs`: time to the task's next run. A job whose cached value
   *   stays fresh until then is skipped, so each upstream is called about once per cache TTL,
   *   not once per run. Without it every job is refreshed.
   */
  async refreshAll(options?: { untilNextRunMs?: number }): Promise<void> {
    const horizon = this.#now() + (options?.untilNextRunMs ?? Infinity);
    await Promise.all(
      [...this.#jobs.values()].map(async job => {
        const entry = await this.#get(job.key);
        const freshUntil =
          entry?.fetchedAt !== undefined && !entry.failedAt
            ? entry.fetchedAt + this.#options.cacheTtlMs
            : -Infinity;
        if (freshUntil >= horizon) {
          return;
        }
        await this.#refresh(job, entry ?? null);
      }),
    );
  }

  /** The cached value when fresh; otherwise calls the source (once, however many ask). */
  async read<T extends JsonValue>(job: CollectJob<T>): Promise<Collected<T>> {
    const entry = await this.#get(job.key);
    const now = this.#now();
    if (
      entry?.fetchedAt !== undefined &&
      !entry.failedAt &&
      now - entry.fetchedAt < this.#options.cacheTtlMs
    ) {
      return this.#toCollected(job, entry, now) as Collected<T>;
    }
    if (entry?.failedAt !== undefined && now < this.#retryAt(entry)) {
      return this.#toCollected(job, entry, now) as Collected<T>;
    }
    return this.#refresh(job, entry ?? null);
  }

  /** Calls the source now, unless it asked not to be called yet (rate limit). */
  refresh<T extends JsonValue>(job: CollectJob<T>): Promise<Collected<T>> {
    return this.#refresh(job);
  }

  /**
   * `cached` is the entry the caller just read, when it read one, so that a refresh costs one
   * cache read, not two (a network round trip with a shared store such as Redis).
   */
  #refresh<T extends JsonValue>(
    job: CollectJob<T>,
    cached?: CacheEntry | null,
  ): Promise<Collected<T>> {
    const running = this.#inflight.get(job.key);
    if (running) {
      return running as Promise<Collected<T>>;
    }
    const promise = this.#fetchAndStore(job, cached).finally(() =>
      this.#inflight.delete(job.key),
    );
    this.#inflight.set(job.key, promise);
    return promise as Promise<Collected<T>>;
  }

  async #fetchAndStore<T extends JsonValue>(
    job: CollectJob<T>,
    cached?: CacheEntry | null,
  ): Promise<Collected<JsonValue>> {
    const previous =
      cached === undefined ? await this.#get(job.key) : cached ?? undefined;
    if (previous?.retryAt !== undefined && this.#now() < previous.retryAt) {
      return this.#toCollected(job, previous, this.#now());
    }
    try {
      const value = await this.#limit(() => this.#callWithTimeout(job));
      const entry: CacheEntry = {
        value,
        fetchedAt: this.#now(),
        asOf: job.asOf?.(value),
      };
      await this.#cache.set(job.key, entry as JsonValue, {
        ttl: this.#options.maxStaleMs,
      });
      return this.#toCollected(job, entry, this.#now());
    } catch (error) {
      const now = this.#now();
      const classified = classifySourceError(error);
      const retryAfterMs = (error as SourceUnavailableError)?.retryAfterMs;
      this.#logger.warn(
        `Source ${job.sourceName} (${job.key}) failed: ${classified.type}: ${classified.message}`,
      );
      const hasValue =
        previous?.fetchedAt !== undefined &&
        now - previous.fetchedAt <= this.#options.maxStaleMs;
      const entry: CacheEntry = {
        ...(hasValue && {
          value: previous!.value,
          fetchedAt: previous!.fetchedAt,
          asOf: previous!.asOf,
        }),
        failedAt: now,
        error: classified,
        ...(retryAfterMs !== undefined && { retryAt: now + retryAfterMs }),
      };
      const ttl = hasValue
        ? Math.max(1, previous!.fetchedAt! + this.#options.maxStaleMs - now)
        : Math.max(this.#failureBackoffMs(), retryAfterMs ?? 0);
      await this.#cache.set(job.key, entry as JsonValue, { ttl });
      return this.#toCollected(job, entry, now);
    }
  }

  async #callWithTimeout<T extends JsonValue>(job: CollectJob<T>): Promise<T> {
    const { timeoutMs } = this.#options;
    const controller = new AbortController();
    const timedOut = new Promise<never>((_, reject) => {
      controller.signal.addEventListener(
        'abort',
        () => reject(controller.signal.reason),
        { once: true },
      );
    });
    const timer = setTimeout(
      () =>
        controller.abort(
          new SourceUnavailableError(
            'TIMEOUT',
            `No answer within ${timeoutMs} ms`,
          ),
        ),
      timeoutMs,
    );
    try {
      // The race returns at the deadline even if a source ignores its signal.
      return await Promise.race([
        job.fetch({ signal: controller.signal }),
        timedOut,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  #failureBackoffMs(): number {
    return Math.min(this.#options.cacheTtlMs, MAX_FAILURE_BACKOFF_MS);
  }

  #retryAt(entry: CacheEntry): number {
    return Math.max(
      entry.failedAt! + this.#failureBackoffMs(),
      entry.retryAt ?? 0,
    );
  }

  async #get(key: string): Promise<CacheEntry | undefined> {
    return (await this.#cache.get<JsonValue>(key)) as CacheEntry | undefined;
  }

  #toCollected(
    job: CollectJob<any>,
    entry: CacheEntry,
    now: number,
  ): Collected<JsonValue> {
    const usable =
      entry.fetchedAt !== undefined &&
      now - entry.fetchedAt <= this.#options.maxStaleMs;
    const fetchedAt = usable
      ? entry.asOf ?? new Date(entry.fetchedAt!).toISOString()
      : undefined;
    if (!usable) {
      return {
        source: {
          name: job.sourceName,
          status: 'unavailable',
          error: entry.error ?? { type: 'UNKNOWN', message: 'No data yet' },
        },
      };
    }
    const stale =
      entry.failedAt !== undefined ||
      now - entry.fetchedAt! >= this.#options.cacheTtlMs;
    return {
      value: entry.value,
      source: {
        name: job.sourceName,
        fetchedAt,
        status: stale ? 'stale' : 'ok',
        ...(stale && entry.error && { error: entry.error }),
      },
    };
  }
}
