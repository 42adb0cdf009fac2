import {
  LabelMatcherSyntaxError,
  parseLabelMatchers,
} from './parseLabelMatchers';
import type { MetricSelector } from './MetricSelector';

const SELECTOR =
  /^\s*(?<age>time\(\)\s*-\s*)?(?<metric>[A-Za-z_:][A-Za-z0-9_:]*)\s*(?:\{(?<matchers>[^{}]*)\})?\s*$/;

/**
 * Parses a metric selector, `name` or `name{matchers}` (see `parseLabelMatchers`), optionally
 * preceded by `time() - ` when `allowAge` (the age of a timestamp metric, for WAL lag). Nothing
 * else: no functions, operators, ranges or offsets.
 *
 * @throws LabelMatcherSyntaxError - with our own message
 */
export function parseMetricSelector(
  text: string,
  options: { allowAge: boolean },
): MetricSelector {
  const match = SELECTOR.exec(text);
  const groups = match?.groups;
  if (!groups?.metric || (groups.age && !options.allowAge)) {
    throw new LabelMatcherSyntaxError(
      options.allowAge
        ? 'expected a metric selector such as pg_wal_archive_last_success_timestamp_seconds{cluster="prod"}, optionally as time() - <selector>'
        : 'expected a metric selector such as velero_backup_last_successful_timestamp{schedule="daily"}',
    );
  }
  return {
    metric: groups.metric,
    matchers: parseLabelMatchers(groups.matchers ?? ''),
    ageOf: Boolean(groups.age),
  };
}
