/**
 * A latency threshold for reason texts: `100 ms` below a second, `1.5 s` from a second on.
 *
 * @internal
 */
export function formatSeconds(seconds: number): string {
  if (seconds < 1) {
    return `${Number((seconds * 1000).toFixed(3))} ms`;
  }
  return `${Number(seconds.toFixed(3))} s`;
}
