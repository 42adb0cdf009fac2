import { boardOf } from './boardOf';

/**
 * Waits until both replicas serve the same board (they converge once the shared cache holds the
 * first refresh and the catalog has read the people) and returns how long that took; fails after
 * `timeoutMs` with the routes that still differ counted.
 */
export async function checkBoardAgreement(
  urls: readonly [string, string],
  token: string,
  timeoutMs: number,
): Promise<{ agreedAfterMs: number; board: string }> {
  const started = Date.now();
  let last = '';
  while (Date.now() - started < timeoutMs) {
    const [a, b] = await Promise.all(urls.map(url => boardOf(url, token)));
    if (a === b && !a.includes('"unavailable"')) {
      return { agreedAfterMs: Date.now() - started, board: a };
    }
    last = a === b ? 'both serve an unavailable source' : 'the answers differ';
    await new Promise(r => setTimeout(r, 1_000));
  }
  throw new Error(
    `the replicas' boards did not agree within ${timeoutMs} ms: ${last}`,
  );
}
