/** A histogram bucket boundary: the `le` label as Prometheus has it, and its value in seconds. */
export interface BucketBoundary {
  le: string;
  bound: number;
}
