/**
 * One revision of a workload as the cluster keeps it: a Deployment's own ReplicaSet, or a
 * StatefulSet's or DaemonSet's own ControllerRevision.
 */
export interface RevisionSource {
  revision: number;
  /** `ReplicaSet/<name>` or `ControllerRevision/<name>`. */
  object: string;
  /** Its pod template (a ReplicaSet's with `pod-template-hash`, a revision's without `$patch`). */
  template: Record<string, unknown>;
  /** The ReplicaSet's annotations (a Deployment rollback takes most of them along). */
  annotations: Record<string, string>;
  /** A ControllerRevision's `data`, the strategic merge patch that restores it. */
  data?: Record<string, unknown>;
  createdAt?: string;
}
