/**
 * Waits `ms` milliseconds; rejects at once when `signal` (the task's cancel signal) is or
 * becomes aborted, with an error that says the task was cancelled while waiting.
 */
export function sleepUnlessCancelled(
  ms: number,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const cancelled = () =>
      new Error('The task was cancelled while waiting for the rollback');
    if (signal?.aborted) {
      reject(cancelled());
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined = undefined;
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelled());
    };
    timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
