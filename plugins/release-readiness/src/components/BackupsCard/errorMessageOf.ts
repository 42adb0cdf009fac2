import { ResponseError } from '@backstage/errors';

/**
 * What to tell the user about a failed request: the backend's own message (e.g. why a write was
 * refused), or the error's message.
 */
export function errorMessageOf(error: unknown): string {
  if (error instanceof ResponseError) {
    return error.body.error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
