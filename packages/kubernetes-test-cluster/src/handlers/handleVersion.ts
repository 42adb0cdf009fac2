import { TestResponse } from '../http/TestResponse';
import { TestRequest } from '../router/TestRequest';

/** `GET /version`: the server version an API server reports (here always v1.31.0). */
export function handleVersion(request: TestRequest): TestResponse | undefined {
  if (request.url.pathname !== '/version') {
    return undefined;
  }
  return {
    status: 200,
    body: JSON.stringify({ major: '1', minor: '31', gitVersion: 'v1.31.0' }),
  };
}
