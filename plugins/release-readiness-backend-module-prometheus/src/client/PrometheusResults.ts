/** One series of an instant vector: its labels and its value. */
export interface InstantSample {
  labels: Record<string, string>;
  value: number;
}

/** The result of an instant query. */
export type InstantResult =
  | { type: 'vector'; samples: InstantSample[] }
  | { type: 'scalar'; value: number };

/** One series of a range query: its labels and its points (`t` in Unix milliseconds). */
export interface RangeSeries {
  labels: Record<string, string>;
  points: { t: number; value: number }[];
}

/** What a query answered, with the upstream's `warnings` (partial data) kept apart. */
export interface PrometheusAnswer<T> {
  data: T;
  /** Prometheus' `warnings`: when not empty, the data may be incomplete. */
  warnings: string[];
}
