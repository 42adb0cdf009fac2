/** The annotation that numbers a Deployment's revisions (on it and on its ReplicaSets). */
export const REVISION = 'deployment.kubernetes.io/revision';
/** The earlier revisions a ReplicaSet had, when a rollback gave it a new number. */
export const REVISION_HISTORY = 'deployment.kubernetes.io/revision-history';

/**
 * The Deployment annotations the deployment controller does not copy to its ReplicaSets
 * (Kubernetes' `annotationsToSkip`).
 */
export const NOT_COPIED = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  REVISION,
  REVISION_HISTORY,
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
  'deprecated.deployment.rollback.to',
]);
