import type { RollbackPlan } from '@release-readiness/plugin-release-readiness-node';
import type { Workload } from '@release-readiness/plugin-release-readiness-common';
import type { VersionRevision } from './VersionRevision';

/** How many revisions a "does not exist" message names. */
const NAMED = 10;

/**
 * What a rollback through the pipeline would do, from the revisions of
 * `listVersionRevisions`: the target is `toRevision`, or by default the newest non-prerelease
 * revision older than the one the workload runs.
 *
 * @remarks
 * - `refused` (`refused`) when the workload runs no version, a version that is not among the
 *   revisions, or the oldest one (nothing older to go to);
 * - `refused` (`bad-request`) when `toRevision` does not exist, naming the ones that do;
 * - `skipped` when the target is the version the workload runs;
 * - otherwise `ready`, with the versions as the diff (the pipeline decides the images) and the
 *   precondition `execute` checks: the repository, workflow and ref, the running version and the
 *   target version and tag.
 *
 * @param options - the workload, its revisions, the chosen revision and what messages name
 */
export function planGithubRollback(options: {
  target: Workload;
  revisions: VersionRevision[];
  toRevision?: number;
  repository: string;
  workflow: string;
  ref: string;
}): RollbackPlan {
  const { target, revisions, toRevision, repository } = options;
  const workload = `${target.kind} ${target.name}`;
  if (!target.version) {
    return refused(
      `${workload} runs no known version (its image tag matches no version pattern), so there is no release of ${repository} to redeploy through ${options.workflow}`,
    );
  }
  const current = revisions.find(r => r.revision.current);
  if (!current) {
    return refused(
      `${workload} runs ${target.version}, which is not a ${
        revisions.length === 0 ? 'release (the repository has none)' : 'release'
      } of ${repository}; the github-actions strategy redeploys releases`,
    );
  }
  let to: VersionRevision | undefined;
  if (toRevision !== undefined) {
    to = revisions.find(r => r.revision.revision === toRevision);
    if (!to) {
      const named = revisions
        .slice(0, NAMED)
        .map(r => `${r.revision.revision} (${r.revision.version})`)
        .join(', ');
      const more =
        revisions.length > NAMED
          ? ` and ${revisions.length - NAMED} older`
          : '';
      return {
        kind: 'refused',
        reason: 'bad-request',
        message: `revision ${toRevision} does not exist for ${workload}; the releases of ${repository} are ${named}${more}`,
      };
    }
  } else {
    to = revisions.find(
      r => r.revision.revision < current.revision.revision && !r.prerelease,
    );
    if (!to) {
      return refused(
        `no release of ${repository} is older than ${target.version} (revision ${current.revision.revision}), prereleases aside: nothing to roll back to; name a revision to redeploy it`,
      );
    }
  }
  const from = current.revision;
  if (to.revision.version === from.version) {
    return {
      kind: 'skipped',
      from,
      to: to.revision,
      message: `skipped rollback (${workload} already runs ${from.version}, revision ${from.revision})`,
    };
  }
  return {
    kind: 'ready',
    from,
    to: to.revision,
    diff: {
      from: { revision: from.revision, version: from.version },
      to: { revision: to.revision.revision, version: to.revision.version },
      changes: [],
    },
    precondition: {
      repository,
      workflow: options.workflow,
      ref: options.ref,
      fromVersion: from.version ?? '',
      toVersion: to.revision.version,
      toTag: to.tag,
    },
  };
}

function refused(message: string): RollbackPlan {
  return { kind: 'refused', reason: 'refused', message };
}
