import type { SlaServiceResult } from '../sla';
import type { Workload } from '../workloads';
import type { RollbackVerification } from './types';

type Check = RollbackVerification['checks'][number];
type Objective = SlaServiceResult['objectives'][number];

const ROLLOUT_CHECK: Partial<
  Record<Workload['rolloutStatus'], Check['status']>
> = {
  complete: 'pass',
  failed: 'fail',
};

function triggerStatusOf(objective: Objective): Check['status'] {
  if (objective.status === 'unknown') {
    return 'unknown';
  }
  return objective.firing ? 'fail' : 'pass';
}

/**
 * One look at a rolled-back workload: is the rollout complete with its ready replicas back and,
 * where SLA data exists, are the rollback triggers quiet. `passed` only when every check passes;
 * `failed` when the rollout failed (its message says why) or a trigger fires after the rollout
 * completed; `timed-out` at the deadline; `pending` otherwise. Pure.
 *
 * @param workload - the workload as the source reports it now; undefined when it is not listed
 * @param sla - the environment's SLA services now; undefined without SLA data
 * @public
 */
export function judgeRollbackVerification(options: {
  workload: Workload | undefined;
  sla?: SlaServiceResult[];
  /** The version the rollback targets, when known: the workload must run it. */
  expectedVersion?: string;
  at: string;
  deadlinePassed: boolean;
}): RollbackVerification {
  const { workload, sla, at, expectedVersion } = options;
  const checks: Check[] = [];
  if (!workload) {
    checks.push({
      name: 'rollout',
      status: 'unknown',
      detail: 'The workload source does not list the workload now',
    });
  } else {
    checks.push({
      name: 'rollout',
      status: ROLLOUT_CHECK[workload.rolloutStatus] ?? 'unknown',
      detail:
        workload.rolloutMessage ?? `Rollout status: ${workload.rolloutStatus}`,
    });
    if (expectedVersion !== undefined) {
      checks.push({
        name: 'version',
        status: workload.version === expectedVersion ? 'pass' : 'unknown',
        detail: `Runs ${
          workload.version ?? 'an unknown version'
        }; the rollback targets ${expectedVersion}`,
      });
    }
    if (workload.replicas) {
      const { desired, ready } = workload.replicas;
      checks.push({
        name: 'ready replicas',
        status: ready >= desired ? 'pass' : 'unknown',
        detail: `${ready} of ${desired} replicas ready`,
      });
    }
  }
  const triggers = (sla ?? []).flatMap(service =>
    service.objectives
      .filter(o => o.role === 'rollback-trigger')
      .map(o => ({ service: service.name, objective: o })),
  );
  for (const { service, objective } of triggers) {
    checks.push({
      name: `${service}: ${objective.title}`,
      status: triggerStatusOf(objective),
      detail: objective.reason,
    });
  }
  const rolloutFailed = checks[0].status === 'fail';
  const rolloutDone = checks
    .filter(c => ['rollout', 'version', 'ready replicas'].includes(c.name))
    .every(c => c.status === 'pass');
  if (rolloutFailed) {
    return { status: 'failed', checks, at };
  }
  if (checks.every(c => c.status === 'pass')) {
    return { status: 'passed', checks, at };
  }
  if (rolloutDone && checks.some(c => c.status === 'fail')) {
    return options.deadlinePassed
      ? { status: 'failed', checks, at }
      : { status: 'pending', checks };
  }
  return options.deadlinePassed
    ? { status: 'timed-out', checks, at }
    : { status: 'pending', checks };
}
