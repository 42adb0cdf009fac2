import { ApiException } from '@kubernetes/client-node';
import { SourceUnavailableError } from '@release-readiness/plugin-release-readiness-node';
import { ListResource, Trimmed } from './listTrims';
import { ParsedListPage } from './parseListBody';
import { RawListClient } from './RawListClient';
import { readAllPages } from './readAllPages';
import { toSourceError } from './toSourceError';
import { CollectionSnapshot } from './WatchedCollection';

/** Options of {@link PagedCollection}. */
export interface PagedCollectionOptions<R extends ListResource> {
  client: RawListClient;
  namespace: string;
  /** The API path prefix, e.g. `/apis/apps/v1`. */
  api: string;
  /** The plural resource, e.g. `deployments`; its items are trimmed as `LIST_TRIMS` says. */
  resource: R;
  labelSelector?: string;
  pageSize: number;
}

/**
 * One namespaced collection read by paged LIST calls (`limit`, following `continue`), each item
 * cut down to what the board reads as its page is parsed (`LIST_TRIMS`). A `continue` token the server refuses as expired (410)
 * restarts the LIST once from its first page; every other failure is a `SourceUnavailableError`
 * naming the resource and namespace, never the server's message.
 */
export class PagedCollection<R extends ListResource> {
  readonly #options: PagedCollectionOptions<R>;
  readonly path: string;

  constructor(options: PagedCollectionOptions<R>) {
    this.#options = options;
    this.path = `${options.api}/namespaces/${options.namespace}/${options.resource}`;
  }

  /** Every item, each page filtered by `keep` before the next is requested. */
  read(
    signal: AbortSignal,
    keep?: (items: Trimmed<R>[]) => Trimmed<R>[] | Promise<Trimmed<R>[]>,
  ): Promise<Trimmed<R>[]> {
    return this.#pages(signal, page => page.items, keep);
  }

  /** Every item by key, and the list's resource version (for a watch to start from). */
  async snapshot(signal: AbortSignal): Promise<CollectionSnapshot<Trimmed<R>>> {
    let resourceVersion: string | undefined;
    const pairs = await this.#pages(signal, (page, first) => {
      if (first) {
        resourceVersion = page.resourceVersion;
      }
      return page.items.map((item, i) => [page.keys[i], item] as const);
    });
    return { items: new Map(pairs), resourceVersion };
  }

  #pages<U>(
    signal: AbortSignal,
    itemsOf: (page: ParsedListPage<Trimmed<R>>, first: boolean) => U[],
    keep?: (items: U[]) => U[] | Promise<U[]>,
  ): Promise<U[]> {
    const { client, namespace, resource, labelSelector, pageSize } =
      this.#options;
    const where = { resource, namespace };
    return readAllPages({
      page: async cont => {
        let page;
        try {
          page = await client.page(
            this.path,
            resource,
            { labelSelector, limit: String(pageSize), continue: cont },
            signal,
          );
        } catch (error) {
          if (cont !== undefined && isGone(error)) {
            throw error;
          }
          throw toSourceError(error, where);
        }
        if (!page) {
          throw new SourceUnavailableError(
            'BAD_RESPONSE',
            `The API server answered with a body that is no list listing ${resource} in namespace ${namespace}`,
          );
        }
        return {
          items: itemsOf(page, cont === undefined),
          continue: page.continue,
        };
      },
      keep,
      isExpired: isGone,
      expiredAgain: () =>
        new SourceUnavailableError(
          'BAD_RESPONSE',
          `The API server expired the continue token twice (HTTP 410) listing ${resource} in namespace ${namespace}; the list changes faster than pages of ${pageSize} can be read`,
        ),
    });
  }
}

/** A `410 Gone`: the answer to a `continue` token the API server no longer accepts. */
function isGone(error: unknown): boolean {
  return error instanceof ApiException && error.code === 410;
}
