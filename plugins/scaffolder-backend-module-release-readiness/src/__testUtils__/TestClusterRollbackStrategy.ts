import { ConflictError } from '@backstage/errors';
import type { WorkloadRevision } from '@release-readiness/plugin-release-readiness-common';
import type {
  RollbackExecution,
  RollbackPlan,
  RollbackStrategy,
  RollbackTarget,
} from '@release-readiness/plugin-release-readiness-node';
import type { TestRollbackCluster } from './TestRollbackCluster';

/**
 * The `kubernetes` rollback strategy over a {@link TestRollbackCluster}, with `kubectl rollout
 * undo`'s choice of revision (the highest below the current, or the asked one), "skipped" for
 * the current template, and the plan's resource version as the write's precondition.
 */
export class TestClusterRollbackStrategy implements RollbackStrategy {
  readonly name = 'kubernetes:test-cluster/servanda-prod';
  readonly #cluster: TestRollbackCluster;

  constructor(cluster: TestRollbackCluster) {
    this.#cluster = cluster;
  }

  async revisions(target: RollbackTarget): Promise<WorkloadRevision[]> {
    return this.#cluster.revisions(target.kind, target.name);
  }

  async plan(
    target: RollbackTarget,
    options: { toRevision?: number },
  ): Promise<RollbackPlan> {
    const revisions = this.#cluster.revisions(target.kind, target.name);
    const from = revisions.find(r => r.current)!;
    const to =
      options.toRevision === undefined
        ? revisions.find(r => r.revision < from.revision)
        : revisions.find(r => r.revision === options.toRevision);
    if (!to) {
      return {
        kind: 'refused',
        reason: options.toRevision === undefined ? 'refused' : 'bad-request',
        message: `no such revision; revisions: ${revisions
          .map(r => r.revision)
          .join(', ')}`,
      };
    }
    if (to.images[0].image === from.images[0].image) {
      return {
        kind: 'skipped',
        from,
        to,
        message: `skipped rollback (current template already matches revision ${to.revision})`,
      };
    }
    return {
      kind: 'ready',
      from,
      to,
      diff: {
        from: { revision: from.revision },
        to: { revision: to.revision },
        changes: [
          {
            container: 'main',
            from: from.images[0].image,
            to: to.images[0].image,
          },
        ],
      },
      precondition: {
        resourceVersion: this.#cluster.resourceVersionOf(
          target.kind,
          target.name,
        ),
      },
    };
  }

  async execute(
    target: RollbackTarget,
    plan: Extract<RollbackPlan, { kind: 'ready' }>,
    options: { dryRun: boolean; reason: string; actor: string },
  ): Promise<RollbackExecution> {
    const write = {
      kind: target.kind,
      name: target.name,
      toRevision: plan.to.revision,
      actor: options.actor,
      reason: options.reason,
    };
    if (options.dryRun) {
      this.#cluster.dryRuns.push(write);
      return {
        outcome: 'dry-run',
        message: `Dry run: ${target.kind} ${target.name} would run revision ${plan.to.revision}'s template`,
        diff: plan.diff,
      };
    }
    const now = this.#cluster.resourceVersionOf(target.kind, target.name);
    if (now !== plan.precondition.resourceVersion) {
      throw new ConflictError(
        `${target.kind} ${target.name} changed since the plan (resourceVersion ${plan.precondition.resourceVersion}): look again`,
      );
    }
    const next = this.#cluster.write(write);
    return {
      outcome: 'written',
      message: `Rolled back ${target.kind} ${target.name} to revision ${plan.to.revision}'s template (now revision ${next})`,
    };
  }
}
