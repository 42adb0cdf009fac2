import { SourceUnavailableError } from '@release-readiness/plugin-release-readiness-node';
import pLimit from 'p-limit';

/** A queued call with less than this share of its timeout left is not started. */
const MIN_START_SHARE = 0.1;
/** …but a call with this much left is always started. */
const MAX_MIN_START_MS = 100;

/**
 * Runs calls with bounded concurrency and a deadline that starts when a call is queued, so that
 * waiting for a free slot counts against the timeout.
 *
 * @remarks
 * At the deadline the caller gets a `TIMEOUT` `SourceUnavailableError` and the call's signal is
 * aborted, whether the call runs or still waits. A call whose deadline has passed, or has all but
 * passed (less than a tenth of the timeout, at most 100 ms, left), when its slot frees is never
 * started. A slot is freed at the deadline even if a call ignores its signal, so one hung
 * upstream cannot hold the queue.
 */
export class DeadlineLimiter {
  readonly #limit: ReturnType<typeof pLimit>;
  readonly #timeoutMs: number;
  readonly #minStartMs: number;

  constructor(options: { concurrency: number; timeoutMs: number }) {
    this.#limit = pLimit(options.concurrency);
    this.#timeoutMs = options.timeoutMs;
    this.#minStartMs = Math.min(
      MAX_MIN_START_MS,
      options.timeoutMs * MIN_START_SHARE,
    );
  }

  /** Queues `call`; it gets a signal that is aborted at the deadline. */
  run<T>(call: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const timeoutMs = this.#timeoutMs;
    const deadline = performance.now() + timeoutMs;
    const controller = new AbortController();
    let started = false;
    const timedOut = new Promise<never>((_, reject) => {
      controller.signal.addEventListener(
        'abort',
        () => reject(controller.signal.reason),
        { once: true },
      );
    });
    const timeout = () =>
      new SourceUnavailableError(
        'TIMEOUT',
        started
          ? `No answer within ${timeoutMs} ms`
          : `No answer within ${timeoutMs} ms: every source call slot was busy`,
      );
    const timer = setTimeout(() => controller.abort(timeout()), timeoutMs);
    const slot = this.#limit((): Promise<T> => {
      if (
        !controller.signal.aborted &&
        deadline - performance.now() < this.#minStartMs
      ) {
        controller.abort(timeout());
      }
      if (controller.signal.aborted) {
        return timedOut;
      }
      started = true;
      // The race frees the slot at the deadline even if the call ignores its signal.
      return Promise.race([(async () => call(controller.signal))(), timedOut]);
    });
    return Promise.race([slot, timedOut]).finally(() => clearTimeout(timer));
  }
}
