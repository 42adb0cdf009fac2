import type { TestWorkload } from './TestWorkloads';

/** A finished rollout: every one of `desired` replicas runs the current revision and is ready. */
export function completedRollout(
  desired: number,
): Pick<TestWorkload, 'rolloutStatus' | 'rolloutMessage' | 'replicas'> {
  return {
    rolloutStatus: 'complete',
    rolloutMessage: undefined,
    replicas: {
      desired,
      ready: desired,
      available: desired,
      updated: desired,
    },
  };
}
