import type { WorkloadRolloutResult } from '../client/RollbacksClient';

/**
 * One line about a workload's rollout as the board sees it, e.g. `progressing, 1 of 3 replicas
 * ready, runs 1.4.1: Waiting for deployment "servanda-api" rollout to finish`; says when the
 * board's data is not fresh or the workload is not listed.
 */
export function describeRollout(result: WorkloadRolloutResult): string {
  const fresh =
    result.sourceStatus === 'ok'
      ? ''
      : ` (workload data ${result.sourceStatus})`;
  const { workload } = result;
  if (!workload) {
    return `not listed by the environment's workload source${fresh}`;
  }
  const parts = [
    workload.rolloutStatus,
    ...(workload.replicas
      ? [
          `${workload.replicas.ready} of ${workload.replicas.desired} replicas ready`,
        ]
      : []),
    ...(workload.version ? [`runs ${workload.version}`] : []),
  ];
  return `${parts.join(', ')}${
    workload.rolloutMessage ? `: ${workload.rolloutMessage}` : ''
  }${fresh}`;
}
