import { statusResponse } from '../http/statusResponse';
import { TestResponse } from '../http/TestResponse';
import { KubernetesFault } from '../server/KubernetesFault';
import { authorize } from './authorize';
import { faultResponse } from './faultResponse';
import { Route } from './Route';
import { ROUTES } from './routes';
import { ServerState } from './ServerState';
import { TestRequest } from './TestRequest';

/**
 * The answer to one request: 401 without the server's token, then the fault's answer (when the
 * fault is one that answers), then the first of `routes` that serves the method and path; 405 for
 * a method no route serves, 400 for a path none serves.
 */
export async function routeRequest(
  request: TestRequest,
  state: ServerState,
  options: {
    token?: string;
    fault?: KubernetesFault;
    routes?: readonly Route[];
  },
): Promise<TestResponse> {
  const routes = options.routes ?? ROUTES;
  const early =
    authorize(request, options.token) ??
    faultResponse(options.fault, request.url, request.method);
  if (early) {
    return early;
  }
  const candidates = routes.filter(r => r.method === request.method);
  if (candidates.length === 0) {
    return statusResponse(
      405,
      'MethodNotAllowed',
      'the test server serves GET, PATCH and PUT',
    );
  }
  for (const route of candidates) {
    const response = await route.handle(request, state);
    if (response) {
      return response;
    }
  }
  return statusResponse(
    400,
    'BadRequest',
    `the test server does not serve ${request.url.pathname}`,
  );
}
