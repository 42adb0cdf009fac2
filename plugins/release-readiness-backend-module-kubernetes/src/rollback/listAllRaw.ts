import { ServiceUnavailableError } from '@backstage/errors';
import { KubernetesApi } from './KubernetesApi';
import { toRollbackError } from './toRollbackError';

/** Objects per LIST page; the `continue` token fetches the rest. */
const PAGE_SIZE = 500;

/** One LIST page as `parse` reads it. */
export interface RawPage<T> {
  items: T[];
  next?: string;
}

/**
 * Every object of a namespace-scoped `apps/v1` LIST (pages of 500, following `continue`; no label
 * selector: owner references decide what belongs to whom), each page read by `parse` (raw JSON
 * checked with zod) and filtered by `keep` before the next is requested.
 *
 * @throws the errors of `toRollbackError`; `ServiceUnavailableError` for a page `parse` refuses
 */
export async function listAllRaw<T>(options: {
  api: KubernetesApi;
  namespace: string;
  resource: 'replicasets' | 'controllerrevisions';
  cluster: string;
  parse: (body: unknown) => RawPage<T> | undefined;
  keep: (item: T) => boolean;
  signal: AbortSignal;
}): Promise<T[]> {
  const { api, namespace, resource, cluster, parse, keep, signal } = options;
  const kept: T[] = [];
  let cont: string | undefined;
  do {
    let body: unknown;
    try {
      body = await api.request({
        method: 'GET',
        path: `/apis/apps/v1/namespaces/${namespace}/${resource}`,
        query: { limit: String(PAGE_SIZE), ...(cont && { continue: cont }) },
        signal,
      });
    } catch (error) {
      throw toRollbackError(error, {
        verb: 'list',
        resource,
        namespace,
        cluster,
      });
    }
    const page = parse(body);
    if (!page) {
      throw new ServiceUnavailableError(
        `The Kubernetes API server of ${cluster} answered with no list of ${resource}`,
      );
    }
    kept.push(...page.items.filter(keep));
    cont = page.next || undefined;
  } while (cont);
  return kept;
}
