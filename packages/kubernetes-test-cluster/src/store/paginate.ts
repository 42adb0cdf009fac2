/** One page of a LIST and, when more follow, where the next page starts. */
export interface Page<T> {
  items: T[];
  /** Present when items follow this page. */
  next?: { continue: string; remainingItemCount: number };
}

/**
 * Cuts `all` into the page that `limit` and `continue` ask for, as the API server does: no
 * `limit` (or 0) means everything from the offset on; the `continue` token is opaque to
 * clients (here: the base64 offset of the next item).
 */
export function paginate<T>(
  all: readonly T[],
  limit: string | null,
  continueToken: string | null,
): Page<T> {
  const offset = Number(
    continueToken ? Buffer.from(continueToken, 'base64').toString() : 0,
  );
  const size = Number(limit ?? 0);
  const end = size > 0 ? offset + size : all.length;
  return {
    items: all.slice(offset, end),
    ...(end < all.length && {
      next: {
        continue: Buffer.from(String(end)).toString('base64'),
        remainingItemCount: all.length - end,
      },
    }),
  };
}
