import { ConflictError } from '@backstage/errors';
import type { WorkloadRevision } from '@release-readiness/plugin-release-readiness-common';
import type {
  RollbackExecution,
  RollbackPlan,
  RollbackStrategy,
  RollbackTarget,
} from '@release-readiness/plugin-release-readiness-node';
import type { TestStrategyControl } from './TestStrategyControl';
import type { TestRevision, TestWorkloads } from './TestWorkloads';
import { completedRollout } from './completedRollout';

const tagOf = (image: string) => image.slice(image.lastIndexOf(':') + 1);

/**
 * A rollback strategy over {@link TestWorkloads} with `kubectl rollout undo` semantics: default
 * target the highest revision below the current one, a paused workload refused, the current
 * template skipped, an unknown revision a bad request; the write has the plan's resource
 * version as its precondition (`ConflictError` when the workload changed) and, as the
 * deployment controller would, makes the target's template the newest revision with a rollout
 * in progress. Every write and dry run is counted in its {@link TestStrategyControl}.
 */
export class TestRollbackStrategy implements RollbackStrategy {
  readonly name: string;
  protected readonly control: TestStrategyControl;
  readonly #workloads: TestWorkloads;
  readonly #environment: string;

  constructor(options: {
    name: string;
    environment: string;
    workloads: TestWorkloads;
    control: TestStrategyControl;
  }) {
    this.name = options.name;
    this.#environment = options.environment;
    this.#workloads = options.workloads;
    this.control = options.control;
  }

  async revisions(target: RollbackTarget): Promise<WorkloadRevision[]> {
    if (this.control.revisionsError) {
      throw this.control.revisionsError;
    }
    const workload = this.#workload(target);
    return [...workload.revisions]
      .sort((a, b) => b.revision - a.revision)
      .map(r => this.#revisionOf(r, workload.current, target.name));
  }

  async plan(
    target: RollbackTarget,
    options: { toRevision?: number },
  ): Promise<RollbackPlan> {
    const workload = this.#workload(target);
    this.control.plans.push(
      `${this.#environment}/${target.kind}/${target.name}`,
    );
    if (workload.paused) {
      return {
        kind: 'refused',
        reason: 'refused',
        message: `you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume deployment/${target.name}' and try again`,
      };
    }
    const current = workload.revisions.find(
      r => r.revision === workload.current,
    )!;
    const to =
      options.toRevision === undefined
        ? [...workload.revisions]
            .filter(r => r.revision < workload.current)
            .sort((a, b) => b.revision - a.revision)[0]
        : workload.revisions.find(r => r.revision === options.toRevision);
    if (!to) {
      return options.toRevision === undefined
        ? {
            kind: 'refused',
            reason: 'refused',
            message: 'no previous revision',
          }
        : {
            kind: 'refused',
            reason: 'bad-request',
            message: `revision ${
              options.toRevision
            } not found; revisions: ${workload.revisions
              .map(r => r.revision)
              .join(', ')}`,
          };
    }
    const from = this.#revisionOf(current, workload.current, target.name);
    const toRevision = this.#revisionOf(to, workload.current, target.name);
    if (to.image === current.image) {
      return {
        kind: 'skipped',
        from,
        to: toRevision,
        message: `skipped rollback (current template already matches revision ${to.revision})`,
      };
    }
    return {
      kind: 'ready',
      from,
      to: toRevision,
      diff: {
        from: { revision: from.revision, version: from.version },
        to: { revision: to.revision, version: toRevision.version },
        changes: [{ container: 'api', from: current.image, to: to.image }],
      },
      precondition: { resourceVersion: workload.resourceVersion },
    };
  }

  async execute(
    target: RollbackTarget,
    plan: Extract<RollbackPlan, { kind: 'ready' }>,
    options: { dryRun: boolean; reason: string; actor: string },
  ): Promise<RollbackExecution> {
    const call = {
      environment: this.#environment,
      kind: target.kind,
      name: target.name,
      from: plan.from.revision,
      to: plan.to.revision,
      dryRun: options.dryRun,
      actor: options.actor,
      reason: options.reason,
    };
    if (options.dryRun) {
      this.control.dryRuns.push(call);
      return {
        outcome: 'dry-run',
        message: `Dry run: ${target.kind} ${target.name} would run revision ${plan.to.revision}'s template`,
        diff: plan.diff,
      };
    }
    await this.control.beforeWrite?.(call);
    if (this.control.executeError) {
      throw this.control.executeError;
    }
    const workload = this.#workload(target);
    if (workload.resourceVersion !== plan.precondition.resourceVersion) {
      throw new ConflictError(
        `${target.kind} ${target.name} changed since the plan (resourceVersion ${plan.precondition.resourceVersion}): look again`,
      );
    }
    this.control.writes.push(call);
    const image = workload.revisions.find(
      r => r.revision === plan.to.revision,
    )!.image;
    const next = Math.max(...workload.revisions.map(r => r.revision)) + 1;
    const { desired } = workload.replicas;
    this.#workloads.change(
      this.#environment,
      target.name,
      {
        revisions: [
          ...workload.revisions.filter(r => r.revision !== plan.to.revision),
          { revision: next, image },
        ],
        current: next,
        ...(this.control.rolloutAfterWrite === 'complete'
          ? completedRollout(desired)
          : {
              rolloutStatus: 'progressing',
              rolloutMessage: `Waiting for deployment "${target.name}" rollout to finish: 0 of ${desired} updated replicas are available...`,
              replicas: {
                desired,
                ready: desired - 1,
                available: desired - 1,
                updated: 0,
              },
            }),
      },
      target.kind,
    );
    return {
      outcome: 'written',
      message: `Rolled back ${target.kind} ${target.name} to revision ${plan.to.revision}'s template (now revision ${next})`,
    };
  }

  #workload(target: RollbackTarget) {
    return this.#workloads.get(this.#environment, target.kind, target.name);
  }

  #revisionOf(
    r: TestRevision,
    current: number,
    name: string,
  ): WorkloadRevision {
    return {
      revision: r.revision,
      current: r.revision === current,
      version: tagOf(r.image),
      images: [{ container: 'api', image: r.image }],
      object: `${name}-${r.revision}`,
    };
  }
}
