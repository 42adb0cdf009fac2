import { statusResponse } from '../http/statusResponse';
import { TestResponse } from '../http/TestResponse';
import { KubernetesFault } from '../server/KubernetesFault';

/**
 * The answer a `malformed` or `status` fault gives instead of the real one, with the `Status`
 * bodies an API server sends for 401, 403 (naming the resource of the path) and 429 (with
 * `Retry-After`, default 1 s); `undefined` for no fault or one that is not acted out in the
 * answer (`hang`, `refuse`).
 */
export function faultResponse(
  fault: KubernetesFault | undefined,
  url: URL,
): TestResponse | undefined {
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
  const resource = url.pathname.split('/').pop();
  switch (code) {
    case 401:
      return statusResponse(401, 'Unauthorized', 'Unauthorized');
    case 403:
      return statusResponse(
        403,
        'Forbidden',
        `${resource} is forbidden: User "system:serviceaccount:release-readiness:reader" cannot list resource "${resource}"`,
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
