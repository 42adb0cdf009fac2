import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import type { BackupItemKind } from '@release-readiness/plugin-release-readiness-common';
import { parseMetricSelector } from '../promql/parseMetricSelector';
import { renderMetricSelector } from '../promql/renderMetricSelector';

/** A platform's query may be any PromQL, within reason. */
const MAX_QUERY_LENGTH = 2000;

/**
 * The query of a backup item (`query` of its block). The portal's own configuration may write
 * any PromQL; a team's policy file only a metric selector (`name{matchers}`, and for `wal-lag`
 * also `time() - name{matchers}`), which is parsed and rendered anew, so that a team cannot run
 * PromQL of its own with the platform's credentials. Throws an `InputError` naming
 * `<itemKeyPrefix>.query`.
 */
export function readBackupQuery(options: {
  itemConfig: Config;
  itemKeyPrefix: string;
  kind: BackupItemKind;
  owner: 'platform' | 'team';
}): string {
  const key = `${options.itemKeyPrefix}.query`;
  const value = options.itemConfig.getOptional('query');
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InputError(
      `Invalid configuration at '${key}': expected the PromQL whose value is the ${
        options.kind === 'wal-lag'
          ? 'lag in seconds'
          : 'UNIX time of the last success'
      }`,
    );
  }
  if (value.length > MAX_QUERY_LENGTH) {
    throw new InputError(
      `Invalid configuration at '${key}': must not be longer than ${MAX_QUERY_LENGTH} characters`,
    );
  }
  if (options.owner === 'platform') {
    return value.trim();
  }
  try {
    return renderMetricSelector(
      parseMetricSelector(value, { allowAge: options.kind === 'wal-lag' }),
    );
  } catch (error) {
    throw new InputError(
      `Invalid configuration at '${key}': a team's policy file may name only a metric selector; ${
        (error as Error).message
      }`,
    );
  }
}
