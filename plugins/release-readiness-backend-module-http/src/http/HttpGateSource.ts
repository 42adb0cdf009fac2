import type { GateChecks } from '@release-readiness/plugin-release-readiness-common';
import type {
  GateSource,
  SourceCallOptions,
} from '@release-readiness/plugin-release-readiness-node';
import type { HttpCheck } from './HttpCheck';
import { probeHttpCheck } from './probeHttpCheck';

/** What an {@link HttpGateSource} probes. */
export interface HttpGateSourceOptions {
  system: string;
  environment: string;
  checks: HttpCheck[];
  /** Wall clock (epoch ms) for each result's `at`; tests pass their own. */
  now?: () => number;
  /** Monotonic clock (ms) for latencies. */
  monotonicNow?: () => number;
}

/**
 * Gate checks from health and readiness endpoints: every configured URL is probed, in parallel,
 * and reported as one check result each (`passed`, or `failed` with what differed). The results
 * tell the state of the environment as it runs now, whatever ref a request names.
 */
export class HttpGateSource implements GateSource {
  /** `http:<system>/<environment>`: the probes of one environment, cached for it alone. */
  readonly key: string;
  readonly name = 'http';
  readonly #checks: HttpCheck[];
  readonly #now: () => number;
  readonly #monotonicNow: () => number;

  constructor(options: HttpGateSourceOptions) {
    this.key = `http:${options.system}/${options.environment}`;
    this.#checks = options.checks;
    this.#now = options.now ?? Date.now;
    this.#monotonicNow = options.monotonicNow ?? (() => performance.now());
  }

  /**
   * Probes every check; rejects only when the collector's signal aborts (then the tile is
   * unavailable or stale, never green). A check that gets no answer is a failed check.
   */
  async getChecks(
    _request: { ref?: string },
    { signal }: SourceCallOptions,
  ): Promise<GateChecks> {
    signal.throwIfAborted();
    const checks = await Promise.all(
      this.#checks.map(check =>
        probeHttpCheck(check, {
          signal,
          now: this.#now,
          monotonicNow: this.#monotonicNow,
        }),
      ),
    );
    return { checks };
  }
}
