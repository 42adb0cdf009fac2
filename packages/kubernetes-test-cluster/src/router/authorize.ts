import { statusResponse } from '../http/statusResponse';
import { TestResponse } from '../http/TestResponse';
import { TestRequest } from './TestRequest';

/**
 * 401 `Unauthorized` when the server has a token and the request does not carry
 * `Authorization: Bearer <token>`; `undefined` when it may pass.
 */
export function authorize(
  request: TestRequest,
  token: string | undefined,
): TestResponse | undefined {
  if (token && request.headers.authorization !== `Bearer ${token}`) {
    return statusResponse(401, 'Unauthorized', 'Unauthorized');
  }
  return undefined;
}
