import type { LabelMatcher } from './LabelMatcher';

/**
 * A metric selector as a team's policy may write it for a backup item: `name{matchers}`, or for
 * a WAL lag `time() - name{matchers}` (the age of a timestamp metric).
 */
export interface MetricSelector {
  metric: string;
  matchers: LabelMatcher[];
  /** `time() - …`: the value is the age of the selected timestamp in seconds. */
  ageOf: boolean;
}
