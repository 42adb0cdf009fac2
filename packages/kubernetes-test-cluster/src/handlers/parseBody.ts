import { WriteError } from '../patch/WriteError';

/**
 * The request body as JSON.
 *
 * @throws `WriteError` 400 when it is not JSON (without quoting it)
 */
export function parseBody(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    throw WriteError.badRequest('the request body is not valid JSON');
  }
}
