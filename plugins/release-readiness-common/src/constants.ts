/**
 * The plugin id shared by every release-readiness package.
 *
 * @public
 */
export const RELEASE_READINESS_PLUGIN_ID = 'release-readiness';

/**
 * Catalog annotation that links a component to the workloads that run it. The value is a
 * comma-separated list of workload names (the `metadata.name` of a Deployment, StatefulSet,
 * DaemonSet or CronJob), the same in every environment.
 *
 * @example
 * ```yaml
 * metadata:
 *   annotations:
 *     release-readiness.io/workloads: servanda-api,servanda-export-worker
 * ```
 *
 * @public
 */
export const RELEASE_READINESS_WORKLOADS_ANNOTATION =
  'release-readiness.io/workloads';

/**
 * Annotation on a catalog `System` naming its team's release-policy file, relative to the entity's
 * source location (e.g. `./release-readiness.yaml`) or as an http(s) URL. The backend reads it
 * with Backstage's URL reader and refreshes it on a schedule.
 *
 * @public
 */
export const RELEASE_READINESS_POLICY_ANNOTATION = 'release-readiness.io/policy';
