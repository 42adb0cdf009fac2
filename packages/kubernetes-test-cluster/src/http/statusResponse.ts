import { TestResponse } from './TestResponse';

/**
 * A failure answer with a Kubernetes `Status` body, as the API server sends it
 * (`{ kind: 'Status', status: 'Failure', reason, message, code, ... }`).
 */
export function statusResponse(
  code: number,
  reason: string,
  message: string,
  options: {
    /** Extra fields of the `Status` body, e.g. `details`. */
    extra?: Record<string, unknown>;
    headers?: Record<string, string>;
  } = {},
): TestResponse {
  const body = {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    code,
    ...options.extra,
  };
  return {
    status: code,
    body: JSON.stringify(body),
    ...(options.headers && { headers: options.headers }),
  };
}
