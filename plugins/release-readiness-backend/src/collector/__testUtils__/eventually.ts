/**
 * Retries `assertion` until it passes (background work has finished) or `timeoutMs` has passed,
 * then throws its last error.
 */
export async function eventually(
  assertion: () => void | Promise<void>,
  timeoutMs = 2_000,
): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() - started > timeoutMs) {
        throw error;
      }
      await new Promise(resolve => setTimeout(resolve, 5));
    }
  }
}
