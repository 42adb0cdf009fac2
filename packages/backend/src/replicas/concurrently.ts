/** Starts `count` calls of `fn` at once and waits for all of them. */
export function concurrently<T>(
  count: number,
  fn: (index: number) => Promise<T>,
): Promise<T[]> {
  return Promise.all(Array.from({ length: count }, (_, index) => fn(index)));
}
