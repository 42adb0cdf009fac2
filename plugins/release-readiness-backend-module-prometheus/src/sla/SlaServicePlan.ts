import type { LabelMatcher } from '../promql/LabelMatcher';

/** One service of an SLA measure request, parsed: what to query. */
export interface SlaServicePlan {
  name: string;
  /** The histogram's base name, e.g. `servanda_http_request_duration_seconds`. */
  metric: string;
  /** The matchers of the service's requests. */
  selector: LabelMatcher[];
  /** The matchers of its errors, added to `selector`. */
  errors: LabelMatcher[];
  /** Each window as asked (`PT5M`, `calendar-month`) and its length. */
  windows: { window: string; ms: number }[];
  /** Latency thresholds in seconds. */
  thresholds: number[];
  /** The budget over time: `points` moments over `ms`. */
  series?: { window: string; ms: number; points: number };
}
