import { createHash } from 'node:crypto';

/** A response body ready to send, with its entity tag. */
export interface MemoizedBody {
  body: Buffer;
  etag: string;
}

const MAX_ENTRIES = 500;

/**
 * Keeps prepared JSON response bodies in this process for a short time, so that many clients
 * asking at once cost one cache read and one serialisation, not one each. Concurrent requests for
 * the same key share one production; failures are not kept.
 */
export class ResponseMemo {
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #entries = new Map<
    string,
    { expiresAt: number; value: Promise<MemoizedBody> }
  >();

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
    const value = produce().then(json => {
      const body = Buffer.from(json, 'utf8');
      const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
      return { body, etag };
    });
    value.catch(() => this.#entries.delete(key));
    this.#evict(now);
    this.#entries.set(key, { expiresAt: now + this.#ttlMs, value });
    return value;
  }

  /** Forgets every prepared body (the data changed, e.g. after a rollback). */
  clear(): void {
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
