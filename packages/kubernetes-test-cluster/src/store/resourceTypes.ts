import { VELERO_RESOURCE_TYPES } from './veleroResourceTypes';

/**
 * An API resource the test server serves: where it lives and what its objects are called.
 *
 * @public
 */
export interface ResourceType {
  /** `v1` for the core group, otherwise `group/version`. */
  apiVersion: string;
  /** The plural resource name in URLs, e.g. `deployments`. */
  resource: string;
  kind: string;
  /**
   * A custom resource (defined by a CustomResourceDefinition, e.g. Velero's `backups.velero.io`):
   * its LIST items keep `apiVersion` and `kind`, as the API server serves custom objects.
   */
  custom?: boolean;
}

/**
 * The namespaced resources the test server knows, built-in and custom (Velero's). Objects of other kinds can be loaded but are
 * only served from paths of these types; unknown resource paths answer an empty `List`, as an
 * API server with no objects of that type would (minus discovery).
 *
 * @public
 */
export const RESOURCE_TYPES: readonly ResourceType[] = [
  { apiVersion: 'v1', resource: 'pods', kind: 'Pod' },
  { apiVersion: 'v1', resource: 'services', kind: 'Service' },
  { apiVersion: 'v1', resource: 'configmaps', kind: 'ConfigMap' },
  { apiVersion: 'v1', resource: 'limitranges', kind: 'LimitRange' },
  { apiVersion: 'v1', resource: 'resourcequotas', kind: 'ResourceQuota' },
  { apiVersion: 'apps/v1', resource: 'deployments', kind: 'Deployment' },
  { apiVersion: 'apps/v1', resource: 'statefulsets', kind: 'StatefulSet' },
  { apiVersion: 'apps/v1', resource: 'daemonsets', kind: 'DaemonSet' },
  { apiVersion: 'apps/v1', resource: 'replicasets', kind: 'ReplicaSet' },
  {
    apiVersion: 'apps/v1',
    resource: 'controllerrevisions',
    kind: 'ControllerRevision',
  },
  { apiVersion: 'batch/v1', resource: 'jobs', kind: 'Job' },
  { apiVersion: 'batch/v1', resource: 'cronjobs', kind: 'CronJob' },
  {
    apiVersion: 'autoscaling/v2',
    resource: 'horizontalpodautoscalers',
    kind: 'HorizontalPodAutoscaler',
  },
  {
    apiVersion: 'autoscaling/v1',
    resource: 'horizontalpodautoscalers',
    kind: 'HorizontalPodAutoscaler',
  },
  {
    apiVersion: 'networking.k8s.io/v1',
    resource: 'ingresses',
    kind: 'Ingress',
  },
  {
    apiVersion: 'metrics.k8s.io/v1beta1',
    resource: 'pods',
    kind: 'PodMetrics',
  },
  ...VELERO_RESOURCE_TYPES,
];
