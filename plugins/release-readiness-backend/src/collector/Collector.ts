import { CacheService, LoggerService } from '@backstage/backend-plugin-api';
import { JsonValue } from '@backstage/types';
import type { SourceError } from '@release-readiness/plugin-release-readiness-common';
import { classifySourceError, logLineOf } from './classifySourceError';
import {
  CacheEntry,
  Collected,
  CollectJob,
  SourceCollector,
} from './collectorTypes';
import { DeadlineLimiter } from './DeadlineLimiter';
import { failureBackoffMs } from './failureBackoffMs';
import { heldUntil } from './heldUntil';
import { keepLastGood } from './keepLastGood';
import { RateLimitGroups } from './RateLimitGroups';
import { RegisteredJobs } from './RegisteredJobs';
import { CollectorOptions } from './readCollectorOptions';
import { retryAfterOf } from './retryAfterOf';
import { isFresh, isUsable } from './freshness';
import { toCollected } from './toCollected';

export type { CollectJob, Collected } from './collectorTypes';

/**
 * Runs every source call with a deadline that aborts it, bounded concurrency, a cache with TTL and
 * a stale fallback, so a slow or broken upstream turns into a tile status, never into an error.
 *
 * @remarks
 * Results live in Backstage's cache service, shared by replicas and filled once by the refresh
 * task; calls for one key are shared. A value older than the cache TTL is served at once as
 * `stale` while it is refreshed; only a read without a usable value waits. Deadlines start at
 * enqueue ({@link DeadlineLimiter}); a rate limit holds back its group ({@link RateLimitGroups}).
 */
export class Collector implements SourceCollector {
  readonly #cache: CacheService;
  readonly #logger: LoggerService;
  readonly #options: CollectorOptions;
  readonly #now: () => number;
  readonly #limiter: DeadlineLimiter;
  readonly #groups: RateLimitGroups;
  readonly #inflight = new Map<string, Promise<Collected<unknown>>>();
  readonly #jobs = new RegisteredJobs();

  static create(options: {
    cache: CacheService;
    logger: LoggerService;
    options: CollectorOptions;
    now?: () => number;
  }): Collector {
    return new Collector(options);
  }

  private constructor(deps: Parameters<typeof Collector.create>[0]) {
    const options = deps.options;
    this.#cache = deps.cache;
    this.#logger = deps.logger;
    this.#options = options;
    this.#now = deps.now ?? Date.now;
    this.#limiter = new DeadlineLimiter(options);
    this.#groups = new RateLimitGroups({ cache: deps.cache, now: this.#now });
  }

  get options(): CollectorOptions {
    return this.#options;
  }

  /** Remembers a job so that {@link Collector.refreshAll} keeps its cache warm. */
  register<T>(job: CollectJob<T>): CollectJob<T> {
    this.#jobs.add(job);
    return job;
  }

  /**
   * Withdraws a registration of a job (its cached value stays until it expires); the job stays
   * registered while another registration of its key remains.
   */
  unregister(key: string): void {
    this.#jobs.remove(key);
  }

  /**
   * Deletes the cached value of `key`, e.g. of an ad-hoc job that is no longer wanted. A call for
   * it that is under way is not cancelled; its result is deleted too when it ends.
   */
  async forget(key: string): Promise<void> {
    const running = this.#inflight.get(key);
    if (running) {
      running
        .catch(() => undefined)
        .then(() => this.#cache.delete(key))
        .catch(error => this.#logFailure(`Forgetting ${key}`, error));
    }
    await this.#cache.delete(key);
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
      this.#jobs.all().map(async job => {
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

  /**
   * The cached value when fresh, or when the source may not be called yet (failure back-off,
   * rate limit). A usable value older than the cache TTL is returned at once as `stale` and
   * refreshed in the background. Without a usable value the source is called (once, however
   * many ask) and the answer awaited, up to the timeout.
   */
  async read<T>(job: CollectJob<T>): Promise<Collected<T>> {
    const entry = await this.#get(job.key);
    const now = this.#now();
    if (!entry) {
      return this.#refresh(job, null);
    }
    if (
      isFresh(entry, now, this.#options) ||
      now < heldUntil(entry, this.#options)
    ) {
      return this.#collected(job, entry, now) as Collected<T>;
    }
    if (
      entry.fetchedAt !== undefined &&
      isUsable(entry.fetchedAt, now, this.#options)
    ) {
      this.#refresh(job, entry).catch(error =>
        this.#logFailure(`Background refresh of ${job.key}`, error),
      );
      return this.#collected(job, entry, now) as Collected<T>;
    }
    return this.#refresh(job, entry);
  }

  /** Calls the source now, unless it or its rate-limit group asked not to be called yet. */
  refresh<T>(job: CollectJob<T>): Promise<Collected<T>> {
    return this.#refresh(job);
  }

  /**
   * `cached` is the entry the caller just read, when it read one, so that a refresh costs one
   * cache read, not two (a network round trip with a shared store such as Redis).
   */
  #refresh<T>(
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

  async #fetchAndStore<T>(
    job: CollectJob<T>,
    cached?: CacheEntry | null,
  ): Promise<Collected<unknown>> {
    const previous =
      cached === undefined ? await this.#get(job.key) : cached ?? undefined;
    if (previous?.retryAt !== undefined && this.#now() < previous.retryAt) {
      return this.#collected(job, previous, this.#now());
    }
    const groupHeldUntil = await this.#groups.heldUntil(job.rateLimitGroup);
    if (groupHeldUntil > this.#now()) {
      return this.#hold(job, previous, groupHeldUntil);
    }
    let outcome: { value: T } | { heldUntil: number };
    try {
      outcome = await this.#limiter.run(signal =>
        this.#groups.runUnlessHeld(job.rateLimitGroup, () =>
          job.fetch({ signal }),
        ),
      );
    } catch (error) {
      return this.#storeFailure(job, previous, error);
    }
    if ('heldUntil' in outcome) {
      return this.#hold(job, previous, outcome.heldUntil);
    }
    try {
      const entry: CacheEntry = {
        value: outcome.value,
        fetchedAt: this.#now(),
        asOf: job.asOf?.(outcome.value),
      };
      await this.#cache.set(job.key, entry as JsonValue, {
        ttl: this.#options.maxStaleMs,
      });
      return this.#collected(job, entry, this.#now());
    } catch (error) {
      return this.#storeFailure(job, previous, error);
    }
  }

  async #storeFailure(
    job: CollectJob<unknown>,
    previous: CacheEntry | undefined,
    error: unknown,
  ): Promise<Collected<unknown>> {
    const now = this.#now();
    const classified = classifySourceError(error);
    const retryAfterMs = retryAfterOf(error);
    this.#logger.warn(
      `Source ${job.sourceName} (${job.key}) failed: ${logLineOf(error)}`,
    );
    await this.#groups.holdAfter(job.rateLimitGroup, error);
    return this.#store(
      job,
      previous,
      {
        failedAt: now,
        error: classified,
        ...(retryAfterMs !== undefined && { retryAt: now + retryAfterMs }),
      },
      Math.max(failureBackoffMs(this.#options), retryAfterMs ?? 0),
    );
  }

  /** Records that the job was not called because its rate-limit group is held until `until`. */
  #hold(
    job: CollectJob<unknown>,
    previous: CacheEntry | undefined,
    until: number,
  ): Promise<Collected<unknown>> {
    const error: SourceError = {
      type: 'RATE_LIMITED',
      message: `Not called: its upstream account is rate limited until ${new Date(
        until,
      ).toISOString()}`,
    };
    return this.#store(
      job,
      previous,
      {
        ...(previous?.failedAt !== undefined && {
          failedAt: previous.failedAt,
        }),
        error,
        retryAt: until,
      },
      until - this.#now(),
    );
  }

  /** Stores a failure or hold, keeping the last good value while it is usable. */
  async #store(
    job: CollectJob<unknown>,
    previous: CacheEntry | undefined,
    outcome: Pick<CacheEntry, 'failedAt' | 'error' | 'retryAt'>,
    ttlWithoutValue: number,
  ): Promise<Collected<unknown>> {
    const now = this.#now();
    const { entry, ttlMs } = keepLastGood(
      previous,
      outcome,
      now,
      this.#options,
    );
    await this.#cache.set(job.key, entry as JsonValue, {
      ttl: Math.max(1, ttlMs ?? ttlWithoutValue),
    });
    return this.#collected(job, entry, now);
  }

  #logFailure(what: string, error: unknown): void {
    this.#logger.error(`${what} failed: ${logLineOf(error)}`);
  }

  async #get(key: string): Promise<CacheEntry | undefined> {
    return (await this.#cache.get<JsonValue>(key)) as CacheEntry | undefined;
  }

  #collected(
    job: CollectJob<unknown>,
    entry: CacheEntry,
    now: number,
  ): Collected<unknown> {
    return toCollected(job.sourceName, entry, now, this.#options);
  }
}
