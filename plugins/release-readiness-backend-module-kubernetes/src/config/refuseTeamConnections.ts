import { InputError } from '@backstage/errors';
import type { SourceFactoryOptions } from '@release-readiness/plugin-release-readiness-node';

/**
 * What a team-owned block may keep in the blocks this module reads: display keys in `kubernetes`
 * and the choice of source in `workloads`. Everything else there (`url`, `auth`, `caData`,
 * `caFile`, `skipTLSVerify`, `workloads.path`, and whatever a later version may add) is a server,
 * a credential, a TLS setting or a file on the backend host.
 */
const TEAM_ALLOWED: Readonly<Record<'kubernetes' | 'workloads', string[]>> = {
  kubernetes: ['cluster', 'namespace', 'airGapped'],
  workloads: ['source'],
};

const REASON =
  "a team's policy names a cluster (releaseReadiness.clusters), never a server, credentials or a file";

/**
 * Refuses a team-owned environment block (`owner: 'team'`, from a policy file in a team's
 * repository) whose `kubernetes` or `workloads` block holds anything but the keys a team may set
 * there (an allow-list, so also what a deny-list would not foresee): a team names a platform
 * cluster (`cluster`, `namespace` at the top level of the block) instead. Platform-owned blocks
 * pass unchecked.
 *
 * @throws `InputError` naming every such key, `<keyPrefix>.<block>.<key>` (or the block itself
 *   when it is not an object), never quoting a value
 */
export function refuseTeamConnections(
  options: Pick<SourceFactoryOptions, 'config' | 'keyPrefix' | 'owner'>,
): void {
  const { config, keyPrefix, owner } = options;
  if (owner !== 'team') {
    return;
  }
  const refused: string[] = [];
  for (const [block, allowed] of Object.entries(TEAM_ALLOWED)) {
    const value = config.getOptional(block);
    if (value === undefined) {
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      refused.push(block);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) {
        refused.push(`${block}.${key}`);
      }
    }
  }
  if (refused.length > 0) {
    throw new InputError(
      refused
        .map(key => `Invalid configuration at '${keyPrefix}.${key}': ${REASON}`)
        .join('; '),
    );
  }
}
