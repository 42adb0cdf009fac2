import type { MetricSelector } from './MetricSelector';
import { renderLabelMatchers } from './renderLabelMatchers';

/** Renders a parsed metric selector as PromQL, e.g. `time() - pg_wal_last_success{cluster="a"}`. */
export function renderMetricSelector(selector: MetricSelector): string {
  const vector = `${selector.metric}{${renderLabelMatchers(
    selector.matchers,
  )}}`;
  return selector.ageOf ? `time() - ${vector}` : vector;
}
