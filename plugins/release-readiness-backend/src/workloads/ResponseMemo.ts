import { createHash } from 'node:crypto';

/** A response body ready to send, with its entity tag. */
export interface MemoizedBody {
  body: Buffer;
  etag: string;
}

const MAX_ENTRIES = 500;

interface Entry {
  expiresAt: number;
  value: Promise<MemoizedBody>;
  /** The body, once produced. */
  body?: MemoizedBody;
  /** Whether a newer body is being produced. */
  refreshing?: boolean;
}

/**
 * Keeps prepared JSON response bodies in this process for a short time, so that many clients
 * asking at once cost one cache read and one serialisation, not one each. Concurrent requests for
 * the same key share one production; failures are not kept. Once a body has expired, the next
 * request starts one new production and, until it is ready, requests are answered the expired
 * body, if it is younger than twice the TTL: a crowd never waits for a rebuild (reading 50 large
 * cache entries takes the event loop tens of milliseconds), and no body is served older than
 * twice the TTL.
 */
export class ResponseMemo {
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #entries = new Map<string, Entry>();
  /** Counts `clear()`s: a refresh started before one is not kept. */
  #generation = 0;

  constructor(ttlMs: number, now: () => number = Date.now) {
    this.#ttlMs = ttlMs;
    this.#now = now;
  }

  get(key: string, produce: () => Promise<string>): Promise<MemoizedBody> {
    const now = this.#now();
    const entry = this.#entries.get(key);
    if (entry && entry.expiresAt > now) {
      return entry.value;
    }
    if (entry?.body && now - entry.expiresAt < this.#ttlMs) {
      if (!entry.refreshing) {
        entry.refreshing = true;
        const generation = this.#generation;
        this.#produce(produce).then(
          body => {
            if (generation === this.#generation) {
              this.#keep(key, body);
            }
          },
          () => {
            entry.refreshing = false;
          },
        );
      }
      return Promise.resolve(entry.body);
    }
    const value = this.#produce(produce);
    const fresh: Entry = { expiresAt: now + this.#ttlMs, value };
    value.then(
      body => {
        fresh.body = body;
      },
      () => {
        if (this.#entries.get(key) === fresh) {
          this.#entries.delete(key);
        }
      },
    );
    this.#evict(now);
    this.#entries.set(key, fresh);
    return value;
  }

  async #produce(produce: () => Promise<string>): Promise<MemoizedBody> {
    const body = Buffer.from(await produce(), 'utf8');
    const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
    return { body, etag };
  }

  /** A refreshed body replaces the expired one once it is ready. */
  #keep(key: string, body: MemoizedBody): void {
    const now = this.#now();
    this.#evict(now);
    this.#entries.set(key, {
      expiresAt: now + this.#ttlMs,
      value: Promise.resolve(body),
      body,
    });
  }

  /** Forgets every prepared body (the data changed, e.g. after a rollback). */
  clear(): void {
    this.#generation++;
    this.#entries.clear();
  }

  #evict(now: number) {
    if (this.#entries.size < MAX_ENTRIES) {
      return;
    }
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt <= now || this.#entries.size >= MAX_ENTRIES) {
        this.#entries.delete(key);
      }
    }
  }
}
