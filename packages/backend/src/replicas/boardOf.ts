import { callApi } from './callApi';

/** The board routes the test compares between replicas. */
export const BOARD_PATHS = [
  '/environments',
  '/environments/prod/workloads',
  '/environments/stage/readiness',
  '/environments/prod/readiness',
] as const;

type Readiness = {
  verdict?: unknown;
  items?: Array<{ id?: unknown; status?: unknown }>;
};

/**
 * The board as one replica serves it, as comparable JSON: the environments and workloads answers
 * whole (their `source` included: from the shared cache they are identical), and of each
 * readiness answer the verdict and every item's id and status (its `at` is the request's time).
 * Throws naming the route when one does not answer 200.
 */
export async function boardOf(baseUrl: string, token: string): Promise<string> {
  const parts: unknown[] = [];
  for (const path of BOARD_PATHS) {
    const answer = await callApi(baseUrl, token, path);
    if (answer.status !== 200) {
      throw new Error(`${baseUrl} ${path}: HTTP ${answer.status}`);
    }
    if (path.endsWith('/readiness')) {
      const body = answer.body as Readiness;
      parts.push({
        verdict: body.verdict,
        items: (body.items ?? []).map(item => [item.id, item.status]),
      });
    } else {
      parts.push(answer.body);
    }
  }
  return JSON.stringify(parts);
}
