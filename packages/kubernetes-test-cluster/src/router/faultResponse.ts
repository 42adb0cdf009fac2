import { statusResponse } from '../http/statusResponse';
import { TestResponse } from '../http/TestResponse';
import { KubernetesFault } from '../server/KubernetesFault';
import { parseObjectPath } from '../store/parseObjectPath';

/** The RBAC verb of a request, as a 403 names it. */
function verbOf(method: string, url: URL): string {
  switch (method) {
    case 'PATCH':
      return 'patch';
    case 'PUT':
      return 'update';
    case 'POST':
      return 'create';
    case 'DELETE':
      return 'delete';
    default:
      return parseObjectPath(url.pathname) ? 'get' : 'list';
  }
}

/**
 * The answer a `malformed` or `status` fault gives instead of the real one, with the `Status`
 * bodies an API server sends for 401, 403 (naming the verb and the resource of the path) and 429
 * (with `Retry-After`, default 1 s); `undefined` for no fault, a fault for another method, or one
 * that is not acted out in the answer (`hang`, `refuse`).
 */
export function faultResponse(
  fault: KubernetesFault | undefined,
  url: URL,
  method = 'GET',
): TestResponse | undefined {
  if (fault && 'method' in fault && fault.method && fault.method !== method) {
    return undefined;
  }
  if (fault?.type === 'malformed') {
    return {
      status: 200,
      body: '{"kind":"DeploymentList","items":[{"metadata":',
    };
  }
  if (fault?.type !== 'status') {
    return undefined;
  }
  const code = fault.status;
  const retryAfter = fault.retryAfterSeconds ?? 1;
  const object = parseObjectPath(url.pathname);
  const resource = object?.resource ?? url.pathname.split('/').pop();
  const verb = verbOf(method, url);
  switch (code) {
    case 401:
      return statusResponse(401, 'Unauthorized', 'Unauthorized');
    case 403:
      return statusResponse(
        403,
        'Forbidden',
        `${resource} is forbidden: User "system:serviceaccount:release-readiness:reader" cannot ${verb} resource "${resource}"`,
        { extra: { details: { kind: resource } } },
      );
    case 429:
      return statusResponse(
        429,
        'TooManyRequests',
        'Too many requests, please try again later.',
        {
          extra: { details: { retryAfterSeconds: retryAfter } },
          headers: { 'retry-after': String(retryAfter) },
        },
      );
    default:
      return statusResponse(
        code,
        'InternalError',
        'Internal error occurred: test fault',
      );
  }
}
