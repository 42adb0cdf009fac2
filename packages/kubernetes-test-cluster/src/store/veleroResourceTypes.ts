import type { ResourceType } from './resourceTypes';

/**
 * Velero's custom resources (`velero.io/v1`, namespaced, usually in namespace `velero`), served
 * through the custom objects API as a cluster with Velero installed serves them.
 */
export const VELERO_RESOURCE_TYPES: readonly ResourceType[] = [
  {
    apiVersion: 'velero.io/v1',
    resource: 'backups',
    kind: 'Backup',
    custom: true,
  },
  {
    apiVersion: 'velero.io/v1',
    resource: 'schedules',
    kind: 'Schedule',
    custom: true,
  },
];
