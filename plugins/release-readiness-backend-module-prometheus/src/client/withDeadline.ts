import { SourceUnavailableError } from '@release-readiness/plugin-release-readiness-node';

/**
 * Runs `work` with a signal that aborts when the caller's `signal` does or after `timeoutMs`,
 * whichever comes first, so that the requests in flight are really cancelled. A timeout becomes
 * `SourceUnavailableError('TIMEOUT', 'Prometheus <server> did not answer within <n> ms')`; the
 * caller's abort rejects with the caller's reason.
 */
export async function withDeadline<T>(
  options: { signal: AbortSignal; timeoutMs: number; server: string },
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const { signal, timeoutMs, server } = options;
  signal.throwIfAborted();
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  try {
    return await work(AbortSignal.any([signal, timeout.signal]));
  } catch (error) {
    if (signal.aborted) {
      throw signal.reason;
    }
    if (timeout.signal.aborted) {
      throw new SourceUnavailableError(
        'TIMEOUT',
        `Prometheus ${server} did not answer within ${timeoutMs} ms`,
      );
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
