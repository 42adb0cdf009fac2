import { ResourceType } from './resourceTypes';

/**
 * How the API server names a resource in messages: `deployments.apps`, `backups.velero.io`, or
 * just `pods` for the core group.
 */
export function qualifiedResource(type: ResourceType): string {
  const group = type.apiVersion.includes('/')
    ? type.apiVersion.split('/')[0]
    : '';
  return group ? `${type.resource}.${group}` : type.resource;
}
