import { RESOURCE_TYPES, ResourceType } from './resourceTypes';

/** The resource type served at `apiVersion` and `resource`, or `undefined`. */
export function findResourceType(
  apiVersion: string,
  resource: string,
): ResourceType | undefined {
  return RESOURCE_TYPES.find(
    t => t.apiVersion === apiVersion && t.resource === resource,
  );
}
