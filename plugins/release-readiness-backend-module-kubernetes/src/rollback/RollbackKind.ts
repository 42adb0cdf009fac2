/** The kinds a native rollback serves, with their `apps/v1` resources. */
export const ROLLBACK_RESOURCES = {
  Deployment: 'deployments',
  StatefulSet: 'statefulsets',
  DaemonSet: 'daemonsets',
} as const;

/** A kind that has revisions: `Deployment`, `StatefulSet` or `DaemonSet`. */
export type RollbackKind = keyof typeof ROLLBACK_RESOURCES;

/** Whether `kind` has revisions a native rollback can restore. */
export function isRollbackKind(kind: string): kind is RollbackKind {
  return Object.hasOwn(ROLLBACK_RESOURCES, kind);
}
