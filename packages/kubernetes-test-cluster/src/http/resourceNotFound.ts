import { statusResponse } from './statusResponse';
import { TestResponse } from './TestResponse';

/** 404 for a resource type the server does not serve, as the API server answers it. */
export function resourceNotFound(): TestResponse {
  return statusResponse(
    404,
    'NotFound',
    'the server could not find the requested resource',
  );
}
