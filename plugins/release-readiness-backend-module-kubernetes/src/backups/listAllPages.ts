import { toSourceError } from '../kubernetes/toSourceError';

/** One page of a LIST: its items and the `continue` token of the next page, if any. */
export interface ListedPage<T> {
  items: T[];
  next?: string;
}

/**
 * Follows `continue` tokens until a namespace-scoped LIST is complete, keeping of each page what
 * `keep` returns before the next page is requested (so at most one unfiltered page is held).
 * What a page request throws becomes a typed source error naming the resource and namespace
 * ({@link toSourceError}), never the server's body.
 */
export async function listAllPages<T>(
  what: { resource: string; namespace: string },
  page: (cont: string | undefined) => Promise<ListedPage<T>>,
  keep: (items: T[]) => T[] = items => items,
): Promise<T[]> {
  const kept: T[] = [];
  let cont: string | undefined;
  do {
    let result: ListedPage<T>;
    try {
      result = await page(cont);
    } catch (error) {
      throw toSourceError(error, what);
    }
    kept.push(...keep(result.items));
    cont = result.next || undefined;
  } while (cont);
  return kept;
}
