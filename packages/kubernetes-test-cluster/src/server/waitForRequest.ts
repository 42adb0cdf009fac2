import { RecordedRequest } from './RecordedRequest';

/**
 * Resolves once one of `requests` (a live log that grows) satisfies `predicate`, polling every
 * 10 ms.
 *
 * @throws `Error` when none does within `timeoutMs`
 */
export async function waitForRequest(
  requests: readonly RecordedRequest[],
  predicate: (request: RecordedRequest) => boolean,
  timeoutMs: number,
): Promise<RecordedRequest> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = requests.find(predicate);
    if (found) {
      return found;
    }
    if (Date.now() > deadline) {
      throw new Error(`no matching request within ${timeoutMs} ms`);
    }
    await new Promise(resolve => setTimeout(resolve, 10));
  }
}
