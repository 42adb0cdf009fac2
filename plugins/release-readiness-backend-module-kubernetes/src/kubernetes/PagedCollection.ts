import { ApiException } from '@kubernetes/client-node';
import { SourceUnavailableError } from '@release-readiness/plugin-release-readiness-node';
import { RawListClient, RawListPage } from './RawListClient';
import { RawObject } from './RawObject';
import { readAllPages } from './readAllPages';
import { toSourceError } from './toSourceError';
import { CollectionSnapshot, keyOfObject } from './WatchedCollection';

/** Options of {@link PagedCollection}. */
export interface PagedCollectionOptions<T> {
  client: RawListClient;
  namespace: string;
  /** The API path prefix, e.g. `/apis/apps/v1`. */
  api: string;
  /** The plural resource, e.g. `deployments`. */
  resource: string;
  labelSelector?: string;
  pageSize: number;
  trim: (raw: RawObject) => T;
}

/**
 * One namespaced collection read by paged LIST calls (`limit`, following `continue`), each item
 * cut down by `trim` as its page is read. A `continue` token the server refuses as expired (410)
 * restarts the LIST once from its first page; every other failure is a `SourceUnavailableError`
 * naming the resource and namespace, never the server's message.
 */
export class PagedCollection<T> {
  readonly #options: PagedCollectionOptions<T>;
  readonly path: string;

  constructor(options: PagedCollectionOptions<T>) {
    this.#options = options;
    this.path = `${options.api}/namespaces/${options.namespace}/${options.resource}`;
  }

  /** Every item, each page filtered by `keep` before the next is requested. */
  read(
    signal: AbortSignal,
    keep?: (items: T[]) => T[] | Promise<T[]>,
  ): Promise<T[]> {
    return this.#pages(
      signal,
      page => page.items.map(this.#options.trim),
      keep,
    );
  }

  /** Every item by key, and the list's resource version (for a watch to start from). */
  async snapshot(signal: AbortSignal): Promise<CollectionSnapshot<T>> {
    let resourceVersion: string | undefined;
    const pairs = await this.#pages(signal, (page, first) => {
      if (first) {
        resourceVersion = page.resourceVersion;
      }
      return page.items.map(
        raw => [keyOfObject(raw), this.#options.trim(raw)] as const,
      );
    });
    return { items: new Map(pairs), resourceVersion };
  }

  #pages<U>(
    signal: AbortSignal,
    itemsOf: (page: RawListPage, first: boolean) => U[],
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
