/** One page as {@link readAllPages} reads it. */
export interface Page<T> {
  items: T[];
  /** Where the next page starts; absent (or empty) on the last page. */
  continue?: string;
}

/**
 * Every item of a paged LIST: requests pages with `continue` until the last, keeping of each
 * page what `keep` returns before the next page is requested (so at most one unfiltered page is
 * held). When the server refuses a `continue` token as expired (`isExpired`, a `410 Gone` on a
 * Kubernetes API server: the token outlived the server's compaction window), what was read is
 * dropped and the list is read once more from its start; a second expiry throws what
 * `expiredAgain` makes. Every other error is passed through as `page` threw it.
 */
export async function readAllPages<T>(options: {
  page: (cont: string | undefined) => Promise<Page<T>>;
  keep?: (items: T[]) => T[] | Promise<T[]>;
  isExpired: (error: unknown) => boolean;
  expiredAgain: (error: unknown) => Error;
}): Promise<T[]> {
  const { page, keep = items => items, isExpired, expiredAgain } = options;
  let relisted = false;
  for (;;) {
    const items: T[] = [];
    let cont: string | undefined;
    let expired = false;
    do {
      let result: Page<T>;
      try {
        result = await page(cont);
      } catch (error) {
        if (cont === undefined || !isExpired(error)) {
          throw error;
        }
        if (relisted) {
          throw expiredAgain(error);
        }
        expired = true;
        break;
      }
      for (const item of await keep(result.items)) {
        items.push(item);
      }
      cont = result.continue || undefined;
    } while (cont);
    if (!expired) {
      return items;
    }
    relisted = true;
  }
}
