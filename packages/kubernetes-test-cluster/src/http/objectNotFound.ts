import { qualifiedResource } from '../store/qualifiedResource';
import { ResourceType } from '../store/resourceTypes';
import { statusResponse } from './statusResponse';
import { TestResponse } from './TestResponse';

/** 404 `NotFound` for an object that does not exist, worded as the API server words it. */
export function objectNotFound(type: ResourceType, name: string): TestResponse {
  const group = type.apiVersion.includes('/')
    ? type.apiVersion.split('/')[0]
    : '';
  return statusResponse(
    404,
    'NotFound',
    `${qualifiedResource(type)} "${name}" not found`,
    { extra: { details: { name, group, kind: type.resource } } },
  );
}
