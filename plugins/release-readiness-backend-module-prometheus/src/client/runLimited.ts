/**
 * Runs `tasks` with at most `concurrency` at once and returns their results in order. On the
 * first failure the tasks still running are aborted (through the signal each gets), no further
 * task starts, and the first error is thrown once the running ones have settled.
 */
export async function runLimited<T>(
  tasks: ReadonlyArray<(signal: AbortSignal) => Promise<T>>,
  options: { concurrency: number; signal: AbortSignal },
): Promise<T[]> {
  const failed = new AbortController();
  const signal = AbortSignal.any([options.signal, failed.signal]);
  const results: T[] = new Array(tasks.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < tasks.length) {
      const index = next++;
      try {
        results[index] = await tasks[index](signal);
      } catch (error) {
        if (!failure) {
          failure = { error };
          failed.abort();
        }
      }
    }
  };
  await Promise.all(
    Array.from(
      { length: Math.max(1, Math.min(options.concurrency, tasks.length)) },
      worker,
    ),
  );
  if (failure) {
    throw failure.error;
  }
  return results;
}
