import { CacheService } from '@backstage/backend-plugin-api';
import { z } from 'zod';
import { classifySourceError } from './classifySourceError';
import { retryAfterOf } from './retryAfterOf';

const holdSchema = z.object({ until: z.number() });

/**
 * The rate-limit back-off of each group of jobs (one credential or upstream account): after a
 * rate-limited call, no job of the group calls its upstream until the reset time.
 *
 * @remarks
 * A back-off is kept in the cache service, so that replicas sharing the cache honour it, and in
 * memory, so that calls already queued in this instance are not started.
 */
export class RateLimitGroups {
  readonly #cache: CacheService;
  readonly #now: () => number;
  readonly #local = new Map<string, number>();

  constructor(options: { cache: CacheService; now: () => number }) {
    this.#cache = options.cache;
    this.#now = options.now;
  }

  /** Until when (epoch ms) the group must not be called; 0 when it may be. Reads the cache. */
  async heldUntil(group: string | undefined): Promise<number> {
    if (group === undefined) {
      return 0;
    }
    const local = this.localHeldUntil(group);
    if (local > 0) {
      return local;
    }
    const parsed = holdSchema.safeParse(
      await this.#cache.get(this.#key(group)),
    );
    if (!parsed.success || parsed.data.until <= this.#now()) {
      return 0;
    }
    this.#local.set(group, parsed.data.until);
    return parsed.data.until;
  }

  /** Like {@link RateLimitGroups.heldUntil}, from what this instance knows (no I/O). */
  localHeldUntil(group: string | undefined): number {
    if (group === undefined) {
      return 0;
    }
    const until = this.#local.get(group);
    if (until === undefined) {
      return 0;
    }
    if (until <= this.#now()) {
      this.#local.delete(group);
      return 0;
    }
    return until;
  }

  /**
   * Runs `call` unless this instance knows the group is held (another call of the group may have
   * been rate limited while this one waited for a slot). When `call` is rate limited with a reset
   * time, the group is held in this instance before the error is rethrown, so that no call of
   * the group queued behind it starts.
   */
  async runUnlessHeld<T>(
    group: string | undefined,
    call: () => Promise<T>,
  ): Promise<{ value: T } | { heldUntil: number }> {
    const heldUntil = this.localHeldUntil(group);
    if (heldUntil > 0) {
      return { heldUntil };
    }
    try {
      return { value: await call() };
    } catch (error) {
      const until = this.#holdUntil(error);
      if (group !== undefined && until !== undefined) {
        this.#holdLocally(group, until);
      }
      throw error;
    }
  }

  /** Holds the group, for every instance, when `error` is a rate limit with a reset time. */
  async holdAfter(group: string | undefined, error: unknown): Promise<void> {
    const until = this.#holdUntil(error);
    if (group !== undefined && until !== undefined) {
      await this.#hold(group, until);
    }
  }

  /**
   * Holds every call of the group, in every instance that shares the cache, until `until`
   * (epoch ms). A longer hold that is already stored is kept.
   */
  async #hold(group: string, until: number): Promise<void> {
    this.#holdLocally(group, until);
    const stored = holdSchema.safeParse(
      await this.#cache.get(this.#key(group)),
    );
    if (
      until <= this.#now() ||
      (stored.success && stored.data.until >= until)
    ) {
      return;
    }
    await this.#cache.set(
      this.#key(group),
      { until },
      { ttl: Math.max(1, until - this.#now()) },
    );
  }

  #holdLocally(group: string, until: number): void {
    if (until > Math.max(this.#now(), this.localHeldUntil(group))) {
      this.#local.set(group, until);
    }
  }

  /** Until when `error` holds back a group: a `RATE_LIMITED` failure with a reset time. */
  #holdUntil(error: unknown): number | undefined {
    const retryAfterMs = retryAfterOf(error);
    return retryAfterMs !== undefined &&
      classifySourceError(error).type === 'RATE_LIMITED'
      ? this.#now() + retryAfterMs
      : undefined;
  }

  #key(group: string): string {
    return `rate-limit-group:${group}`;
  }
}
