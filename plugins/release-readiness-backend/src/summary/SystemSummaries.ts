import type {
  EnvironmentReadinessSummary,
  EnvironmentSummary,
  SystemReadinessSummary,
} from '@release-readiness/plugin-release-readiness-common';
import pLimit from 'p-limit';
import type { SystemRuntime } from '../systems/createSystemRuntime';
import type { SystemEntry, SystemRegistry } from '../systems/SystemRegistry';
import { summarizeReadiness } from './summarizeReadiness';
import { systemVerdictOf } from './systemVerdictOf';

/** How long a system's summary is reused: a verdict on the landing page is at most this old. */
export const SUMMARY_TTL_MS = 5_000;

/** How many environments are evaluated at once, over every request. */
export const SUMMARY_CONCURRENCY = 8;

interface MemoEntry {
  expiresAt: number;
  /** The registry entry it was made from: a replaced policy or runtime is a new summary. */
  from: SystemEntry;
  value: Promise<SystemReadinessSummary>;
}

/** Lets timers and other requests' I/O run between two evaluations. */
const yieldToEventLoop = () =>
  new Promise<void>(resolve => setImmediate(resolve));

/**
 * Every system's readiness summary for the landing page: each environment judged by its
 * system's readiness service (the evaluation `GET …/readiness` answers, through the collector's
 * cache), at most {@link SUMMARY_CONCURRENCY} at a time over all requests, each evaluation in a
 * macrotask of its own so that a landing page of 600 environments does not hold the event loop.
 *
 * @remarks
 * A system's summary is kept for {@link SUMMARY_TTL_MS} and shared by the requests that ask
 * meanwhile (concurrent requests share one evaluation); a failed one is not kept. A system whose
 * registry entry was replaced (its team changed its file) is judged again.
 */
export class SystemSummaries {
  readonly #systems: SystemRegistry;
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #limit = pLimit(SUMMARY_CONCURRENCY);
  readonly #memo = new Map<string, MemoEntry>();

  constructor(options: {
    systems: SystemRegistry;
    ttlMs?: number;
    now?: () => number;
  }) {
    this.#systems = options.systems;
    this.#ttlMs = options.ttlMs ?? SUMMARY_TTL_MS;
    this.#now = options.now ?? Date.now;
  }

  /** How long a summary is reused, in milliseconds. */
  get ttlMs(): number {
    return this.#ttlMs;
  }

  /** Every system's summary, in the registry's order (by title). */
  async all(): Promise<SystemReadinessSummary[]> {
    const entries = this.#systems.list();
    const known = new Set(entries.map(e => e.name));
    for (const name of this.#memo.keys()) {
      if (!known.has(name)) this.#memo.delete(name);
    }
    return Promise.all(entries.map(entry => this.#summaryOf(entry)));
  }

  #summaryOf(entry: SystemEntry): Promise<SystemReadinessSummary> {
    const now = this.#now();
    const kept = this.#memo.get(entry.name);
    if (kept && kept.from === entry && kept.expiresAt > now) {
      return kept.value;
    }
    const value = this.#judge(entry);
    value.catch(() => {
      if (this.#memo.get(entry.name)?.value === value) {
        this.#memo.delete(entry.name);
      }
    });
    this.#memo.set(entry.name, {
      expiresAt: now + this.#ttlMs,
      from: entry,
      value,
    });
    return value;
  }

  async #judge(entry: SystemEntry): Promise<SystemReadinessSummary> {
    const { runtime } = entry;
    const environments = runtime
      ? await Promise.all(
          runtime.environments
            .summaries()
            .map(environment => this.#limit(() => judge(runtime, environment))),
        )
      : [];
    return {
      name: entry.name,
      title: entry.title,
      entityRef: entry.entityRef,
      ...(entry.owner && { owner: entry.owner }),
      policy: entry.policy,
      verdict: systemVerdictOf(environments),
      environments,
    };
  }
}

async function judge(
  runtime: SystemRuntime,
  environment: EnvironmentSummary,
): Promise<EnvironmentReadinessSummary> {
  await yieldToEventLoop();
  try {
    return summarizeReadiness(
      environment,
      await runtime.readiness.evaluate(environment.name),
    );
  } catch {
    // Not the error's own message: it may quote an upstream or a parser.
    return {
      name: environment.name,
      title: environment.title,
      order: environment.order,
      verdict: 'unknown',
      source: {
        status: 'unavailable',
        error: {
          type: 'UNKNOWN',
          message:
            'The readiness of this environment could not be evaluated; open its board for details',
        },
      },
      reasons: [],
      reasonCount: 0,
    };
  }
}
