import { ResponseError } from '@backstage/errors';

/**
 * What a board tile says when its request failed: the HTTP status or the error's name, never its
 * text (the environment's page shows the whole error).
 */
export function describeFailure(error: Error | undefined): string {
  if (error instanceof ResponseError) {
    return `could not load (HTTP ${error.statusCode})`;
  }
  return error ? `could not load (${error.name})` : 'could not load';
}
