import type { V1Deployment } from '@kubernetes/client-node';
import type { RolloutStatus } from '@release-readiness/plugin-release-readiness-common';

/** A rollout verdict and the sentence `kubectl rollout status` would print. */
export interface RolloutVerdict {
  status: RolloutStatus;
  message: string;
}

/**
 * Judges a Deployment's rollout as `kubectl rollout status` does (kubectl
 * `pkg/polymorphichelpers/rollout_status.go`): the spec must be observed, a `Progressing`
 * condition with reason `ProgressDeadlineExceeded` is a failure, then updated, old and available
 * replicas are compared. A paused Deployment (`spec.paused`) is reported as `paused` unless it
 * has already failed, because kubectl would wait on it forever.
 */
export function deploymentRollout(deployment: V1Deployment): RolloutVerdict {
  const name = deployment.metadata?.name ?? '';
  const generation = deployment.metadata?.generation ?? 0;
  const status = deployment.status ?? {};
  const observed = status.observedGeneration ?? 0;
  if (generation > observed) {
    return {
      status: deployment.spec?.paused ? 'paused' : 'progressing',
      message: 'Waiting for deployment spec update to be observed...',
    };
  }
  const progressing = status.conditions?.find(c => c.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') {
    return {
      status: 'failed',
      message: `deployment "${name}" exceeded its progress deadline`,
    };
  }
  if (deployment.spec?.paused) {
    return {
      status: 'paused',
      message: `deployment "${name}" is paused; resume it to continue the rollout`,
    };
  }
  const desired = deployment.spec?.replicas;
  const updated = status.updatedReplicas ?? 0;
  const replicas = status.replicas ?? 0;
  const available = status.availableReplicas ?? 0;
  if (desired !== undefined && updated < desired) {
    return {
      status: 'progressing',
      message: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${desired} new replicas have been updated...`,
    };
  }
  if (replicas > updated) {
    return {
      status: 'progressing',
      message: `Waiting for deployment "${name}" rollout to finish: ${
        replicas - updated
      } old replicas are pending termination...`,
    };
  }
  if (available < updated) {
    return {
      status: 'progressing',
      message: `Waiting for deployment "${name}" rollout to finish: ${available} of ${updated} updated replicas are available...`,
    };
  }
  return {
    status: 'complete',
    message: `deployment "${name}" successfully rolled out`,
  };
}
