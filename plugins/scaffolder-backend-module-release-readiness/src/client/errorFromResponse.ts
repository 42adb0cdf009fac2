import {
  AuthenticationError,
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';

/** The longest backend message an error carries; longer ones are cut. */
const MAX_MESSAGE = 1000;

/**
 * The error for a release-readiness answer that is not ok: `"<status>: <message>"`, where the
 * message is the backend's JSON error message (the plugin's own, which never carries a secret).
 * Any other body (a proxy's page, plain text) is never quoted: the message is then the status
 * text only. The type follows the status (400 `InputError`, 401 `AuthenticationError`, 403
 * `NotAllowedError`, 404 `NotFoundError`, 409 `ConflictError`, else `ServiceUnavailableError`).
 * Consumes the body.
 */
export async function errorFromResponse(response: Response): Promise<Error> {
  const message = `${response.status}: ${await messageOf(response)}`;
  switch (response.status) {
    case 400:
    case 405:
    case 413:
    case 422:
      return new InputError(message);
    case 401:
      return new AuthenticationError(message);
    case 403:
      return new NotAllowedError(message);
    case 404:
      return new NotFoundError(message);
    case 409:
      return new ConflictError(message);
    default:
      return new ServiceUnavailableError(message);
  }
}

async function messageOf(response: Response): Promise<string> {
  const fallback =
    response.statusText || 'the release-readiness backend refused the request';
  if (!response.headers.get('content-type')?.startsWith('application/json')) {
    await response.body?.cancel();
    return fallback;
  }
  try {
    const body: unknown = await response.json();
    const error =
      typeof body === 'object' && body !== null && 'error' in body
        ? body.error
        : undefined;
    const message =
      typeof error === 'object' && error !== null && 'message' in error
        ? error.message
        : undefined;
    if (typeof message !== 'string' || message.trim() === '') {
      return fallback;
    }
    return message.length > MAX_MESSAGE
      ? `${message.slice(0, MAX_MESSAGE)}…`
      : message;
  } catch {
    return fallback;
  }
}
