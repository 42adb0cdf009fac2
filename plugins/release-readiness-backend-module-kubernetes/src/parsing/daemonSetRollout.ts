import type { V1DaemonSet } from '@kubernetes/client-node';
import type { RolloutVerdict } from './deploymentRollout';

/**
 * Judges a DaemonSet's rollout as `kubectl rollout status` does: only the `RollingUpdate`
 * strategy can be judged; once the spec is observed, every desired pod must be updated and
 * available.
 */
export function daemonSetRollout(daemonSet: V1DaemonSet): RolloutVerdict {
  const name = daemonSet.metadata?.name ?? '';
  const strategy = daemonSet.spec?.updateStrategy?.type ?? 'RollingUpdate';
  if (strategy !== 'RollingUpdate') {
    return {
      status: 'unknown',
      message: `rollout status is only available for RollingUpdate strategy type (this one uses ${strategy})`,
    };
  }
  const generation = daemonSet.metadata?.generation ?? 0;
  const status = daemonSet.status;
  if (generation > (status?.observedGeneration ?? 0)) {
    return {
      status: 'progressing',
      message: 'Waiting for daemon set spec update to be observed...',
    };
  }
  const desired = status?.desiredNumberScheduled ?? 0;
  const updated = status?.updatedNumberScheduled ?? 0;
  const available = status?.numberAvailable ?? 0;
  if (updated < desired) {
    return {
      status: 'progressing',
      message: `Waiting for daemon set "${name}" rollout to finish: ${updated} out of ${desired} new pods have been updated...`,
    };
  }
  if (available < desired) {
    return {
      status: 'progressing',
      message: `Waiting for daemon set "${name}" rollout to finish: ${available} of ${desired} updated pods are available...`,
    };
  }
  return {
    status: 'complete',
    message: `daemon set "${name}" successfully rolled out`,
  };
}
