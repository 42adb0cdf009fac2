import type { SourceInfo } from '../sources/types';

/**
 * The Kubernetes kinds the board shows as workloads.
 *
 * @public
 */
export type WorkloadKind =
  | 'Deployment'
  | 'StatefulSet'
  | 'DaemonSet'
  | 'CronJob';

/**
 * Where a workload's rollout stands, judged as `kubectl rollout status` judges it.
 *
 * - `complete`: every desired replica runs the current template and is available (CronJob: the
 *   last Job succeeded).
 * - `progressing`: the controller has not caught up yet, new replicas are not all updated or
 *   available, or old ones are still terminating (CronJob: the last Job is running).
 * - `failed`: the Deployment exceeded its progress deadline (CronJob: the last Job failed).
 * - `paused`: the Deployment's rollout is paused (CronJob: suspended).
 * - `unknown`: cannot be judged, e.g. an `OnDelete` update strategy or a CronJob that never ran.
 *   Never counts as healthy.
 *
 * @public
 */
export type RolloutStatus =
  | 'complete'
  | 'progressing'
  | 'failed'
  | 'paused'
  | 'unknown';

/**
 * Replica counts of a Deployment or StatefulSet (DaemonSet: scheduled pods).
 *
 * @public
 */
export interface WorkloadReplicas {
  /** `spec.replicas` (DaemonSet: `status.desiredNumberScheduled`). */
  desired: number;
  ready: number;
  available: number;
  /** Replicas that run the current pod template. */
  updated: number;
}

/**
 * One container image of a workload's pod template.
 *
 * @public
 */
export interface WorkloadImage {
  /** Container name. */
  container: string;
  /** The image reference as written in the pod template. */
  image: string;
  /** The tag, when the reference has one. */
  tag?: string;
  /** The digest (`sha256:…`), when the reference pins one. */
  digest?: string;
  /** The version parsed from the tag by the configured version patterns. */
  version?: string;
  /** True for init containers. */
  init?: boolean;
}

/**
 * The HorizontalPodAutoscaler that scales a workload.
 *
 * @public
 */
export interface WorkloadAutoscaler {
  name: string;
  minReplicas: number;
  maxReplicas: number;
  currentReplicas: number;
  desiredReplicas: number;
  /** Target average CPU utilisation in percent, when the HPA scales on CPU. */
  targetCpuUtilization?: number;
  /** Current average CPU utilisation in percent, when the HPA reports it. */
  currentCpuUtilization?: number;
}

/**
 * The most recent Job a CronJob created.
 *
 * @public
 */
export interface WorkloadJobRun {
  name: string;
  status: 'succeeded' | 'failed' | 'running';
  startTime?: string;
  completionTime?: string;
}

/**
 * Schedule and last run of a CronJob.
 *
 * @public
 */
export interface WorkloadSchedule {
  /** The cron expression, e.g. `0 23 * * *`. */
  schedule: string;
  timeZone?: string;
  suspended: boolean;
  lastScheduleTime?: string;
  lastSuccessfulTime?: string;
  lastJob?: WorkloadJobRun;
}

/**
 * The tool that deploys a workload, which decides how it must be rolled back.
 *
 * @public
 */
export type WorkloadManagerTool = 'helm' | 'argocd' | 'plain' | 'other';

/**
 * Who manages a workload.
 *
 * @public
 */
export interface WorkloadManagedBy {
  tool: WorkloadManagerTool;
  /**
   * Helm: the release name; Argo CD: the application; other: the value of the
   * `app.kubernetes.io/managed-by` label.
   */
  name?: string;
}

/**
 * The hygiene checks that reviewers apply before go-live.
 *
 * @public
 */
export type WorkloadFindingType =
  | 'missing-cpu-request'
  | 'missing-memory-request'
  | 'missing-cpu-limit'
  | 'missing-memory-limit'
  | 'missing-readiness-probe'
  | 'missing-liveness-probe'
  | 'run-as-non-root-not-set'
  | 'read-only-root-filesystem-not-set';

/**
 * One hygiene problem of one container.
 *
 * @public
 */
export interface WorkloadFinding {
  type: WorkloadFindingType;
  container: string;
  /** A sentence for people, e.g. "Container api sets no memory limit". */
  message: string;
}

/**
 * One workload in one environment.
 *
 * @public
 */
export interface Workload {
  kind: WorkloadKind;
  name: string;
  namespace: string;
  images: WorkloadImage[];
  /**
   * The workload's version: the version of its first container's image, parsed from the tag by
   * the configured patterns (defaults: `dev-<sha>`, `rc-<version>`, `<semver>`). Absent when the
   * tag matches none.
   */
  version?: string;
  /** Absent for CronJobs, whose runs are described by `schedule`. */
  replicas?: WorkloadReplicas;
  rolloutStatus: RolloutStatus;
  /** What `kubectl rollout status` would print, e.g. "Waiting for deployment … to finish: …". */
  rolloutMessage?: string;
  /**
   * Deployment: the `deployment.kubernetes.io/revision` annotation; StatefulSet: the current
   * controller revision; DaemonSet: the template generation; CronJob: the last Job's name.
   */
  revision?: string;
  /** Container restarts summed over the workload's pods. */
  restarts: number;
  /** The HPA that targets this workload, if any. */
  autoscaler?: WorkloadAutoscaler;
  /** CronJobs only. */
  schedule?: WorkloadSchedule;
  managedBy: WorkloadManagedBy;
  findings: WorkloadFinding[];
  /** ISO time the object was created. */
  createdAt?: string;
}

/**
 * Response of `GET /api/release-readiness/environments/:env/workloads`.
 *
 * @public
 */
export interface WorkloadsResponse {
  environment: string;
  /**
   * The type of the source that read the workloads, e.g. `kubernetes` (live) or `snapshot`
   * (an offline `kubectl get -o yaml` file; `source.fetchedAt` is the time of the file).
   * Absent when the environment has no workload source.
   */
  sourceType?: string;
  /** Sorted by kind, then name. Empty when the source is unavailable. */
  items: Workload[];
  source: SourceInfo;
}

/**
 * Whether a workload runs in an environment, as far as the board knows.
 *
 * - `deployed`: the environment's source lists it.
 * - `absent`: the source was read and does not list it.
 * - `unknown`: the environment's source is unavailable.
 *
 * @public
 */
export type VersionCellState = 'deployed' | 'absent' | 'unknown';

/**
 * One workload in one environment of the "deployed where" matrix.
 *
 * @public
 */
export interface VersionCell {
  environment: string;
  state: VersionCellState;
  /** The parsed version; see {@link Workload.version}. */
  version?: string;
  /** The first container's image, for workloads whose tag carries no version. */
  image?: string;
  rolloutStatus?: RolloutStatus;
  /** True when the environment's data is stale (served from the last good read). */
  stale?: boolean;
}

/**
 * One row of the "deployed where" matrix: one workload (kind and name) across environments.
 *
 * @public
 */
export interface VersionRow {
  kind: WorkloadKind;
  name: string;
  /** One cell per environment, in promotion order. */
  cells: VersionCell[];
  /** True when the environments that run it run different versions (unknown cells excluded). */
  drift: boolean;
}

/**
 * An environment column of the matrix, with the provenance of its data.
 *
 * @public
 */
export interface VersionColumn {
  name: string;
  title: string;
  source: SourceInfo;
}

/**
 * Response of `GET /api/release-readiness/versions`.
 *
 * @public
 */
export interface VersionsResponse {
  /** Environments in promotion order. */
  environments: VersionColumn[];
  /** Sorted by kind, then name. */
  rows: VersionRow[];
}
