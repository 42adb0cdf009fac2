import type { SystemReadinessSummary } from '@release-readiness/plugin-release-readiness-common';
import { createHash } from 'node:crypto';

/** A response body ready to send, with its entity tag. */
export interface SummaryBody {
  body: Buffer;
  etag: string;
}

const MAX_ENTRIES = 100;

/**
 * The serialised answers of `GET /system-summaries` per query, reused while every system's
 * summary they were made from is still the same object (see `SystemSummaries`): many clients of
 * the landing page cost one serialisation and one hash per change, not one per request.
 */
export class SummaryBodies {
  readonly #entries = new Map<
    string,
    { from: SystemReadinessSummary[]; value: SummaryBody }
  >();

  /** The body for `key` made from `from`, produced by `produce` when not kept. */
  get(
    key: string,
    from: SystemReadinessSummary[],
    produce: () => unknown,
  ): SummaryBody {
    const kept = this.#entries.get(key);
    if (
      kept &&
      kept.from.length === from.length &&
      kept.from.every((summary, i) => summary === from[i])
    ) {
      return kept.value;
    }
    const body = Buffer.from(JSON.stringify(produce()), 'utf8');
    const value = {
      body,
      etag: `W/"${createHash('sha1').update(body).digest('base64url')}"`,
    };
    this.#entries.delete(key);
    if (this.#entries.size >= MAX_ENTRIES) {
      // The oldest first: a Map iterates in insertion order.
      this.#entries.delete(this.#entries.keys().next().value!);
    }
    this.#entries.set(key, { from, value });
    return value;
  }
}
