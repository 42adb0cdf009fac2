import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { ServiceUnavailableError } from '@backstage/errors';
import { errorFromResponse } from './errorFromResponse';
import { unexpectedBody } from './unexpectedBody';

/** The plugin the actions call. */
export const RELEASE_READINESS_PLUGIN_ID = 'release-readiness';

/** How long one call to the backend may take. */
const TIMEOUT_MS = 30_000;

/**
 * Whom a call to the release-readiness backend acts for and which system it addresses: with a
 * `system` the routes under `/systems/<system>/…`, without one the portal's default system.
  *
  * @public
 */
export interface ReleaseReadinessCallOptions {
  /** The initiator's credentials: the call is made on their behalf. */
  credentials: BackstageCredentials;
  system?: string;
  /** Cancels the call (the task's cancel signal). */
  signal?: AbortSignal;
}

/**
 * One call to the release-readiness backend as the initiator: a token from
 * `auth.getPluginRequestToken({ onBehalfOf, targetPluginId: 'release-readiness' })`, the
 * system's prefix, a 30 s timeout next to the caller's signal. An answer that is not ok becomes
 * `"<status>: <backend message>"` ({@link errorFromResponse}); an unreachable backend or a body
 * that is not JSON a `ServiceUnavailableError` that quotes neither the request nor the token.
 */
export async function callReleaseReadiness(
  deps: { auth: AuthService; discovery: DiscoveryService },
  options: ReleaseReadinessCallOptions,
  method: 'GET' | 'POST',
  path: string,
  body?: object,
): Promise<{ status: number; json: unknown }> {
  const { token } = await deps.auth.getPluginRequestToken({
    onBehalfOf: options.credentials,
    targetPluginId: RELEASE_READINESS_PLUGIN_ID,
  });
  const base = await deps.discovery.getBaseUrl(RELEASE_READINESS_PLUGIN_ID);
  const prefix = options.system
    ? `/systems/${encodeURIComponent(options.system)}`
    : '';
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(`${base}${prefix}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        Accept: 'application/json',
        ...(body && { 'Content-Type': 'application/json' }),
      },
      ...(body && { body: JSON.stringify(body) }),
      signal: options.signal
        ? AbortSignal.any([options.signal, timeout])
        : timeout,
    });
  } catch (error) {
    // Never the fetch error itself: its cause may quote the request.
    throw new ServiceUnavailableError(
      timeout.aborted
        ? `The release-readiness backend did not answer within ${
            TIMEOUT_MS / 1000
          } s`
        : `Could not reach the release-readiness backend (${
            error instanceof Error ? error.name : 'Error'
          })`,
    );
  }
  if (!response.ok) {
    throw await errorFromResponse(response);
  }
  try {
    return { status: response.status, json: await response.json() };
  } catch {
    throw unexpectedBody();
  }
}
