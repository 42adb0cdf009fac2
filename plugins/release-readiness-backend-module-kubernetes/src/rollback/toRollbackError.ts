import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { KubernetesApiError } from './KubernetesApiError';

/** What a failed request was for, in words for the message. */
export interface RollbackRequestContext {
  /** The RBAC verb: `get`, `list` or `patch`. */
  verb: 'get' | 'list' | 'patch';
  /** The `apps` resource, e.g. `deployments`. */
  resource: string;
  namespace: string;
  /** The cluster as the board names it, e.g. `demo-cluster`. */
  cluster: string;
  /** The object, e.g. `Deployment servanda-api` (absent for a LIST). */
  object?: string;
  /** For a 409: the resource version the write was conditioned on. */
  resourceVersion?: string;
}

/**
 * Turns what a rollback's request threw into an error of `@backstage/errors` with our own words
 * (never the server's message, which may quote the object): 409 `ConflictError` (the workload
 * changed since the plan: look again); 403 `NotAllowedError` naming the RBAC verb and resource the
 * portal's service account lacks; 404 `NotFoundError`; 422 `InputError` (the server refused the
 * restored template as invalid); 401, 429, 5xx, a body that is not JSON or no answer
 * `ServiceUnavailableError`. An abort, or anything that is no {@link KubernetesApiError}, is
 * passed through.
 */
export function toRollbackError(
  error: unknown,
  what: RollbackRequestContext,
): unknown {
  if (!(error instanceof KubernetesApiError)) {
    return error;
  }
  const where = `in namespace ${what.namespace} on ${what.cluster}`;
  const target = what.object ?? `${what.resource} ${where}`;
  if (error.type === 'network') {
    return new ServiceUnavailableError(
      `Cannot reach the Kubernetes API server of ${what.cluster}${
        error.reason ? ` (${error.reason})` : ''
      }`,
    );
  }
  if (error.type === 'bad-response') {
    return new ServiceUnavailableError(
      `The Kubernetes API server of ${what.cluster} answered with a body that is not JSON (${what.verb} ${what.resource})`,
    );
  }
  switch (error.status) {
    case 409:
      return new ConflictError(
        `${target} changed since the plan (resourceVersion ${
          what.resourceVersion ?? 'unknown'
        }): look again`,
      );
    case 403:
      return new NotAllowedError(
        `The portal's service account may not ${what.verb} ${what.resource} ${where} (HTTP 403): grant it '${what.verb}' on apps/${what.resource} there (see the rollback RBAC on the Kubernetes module's page of the adopter guide)`,
      );
    case 404:
      return new NotFoundError(
        what.object
          ? `${what.object} not found ${where}`
          : `The API server of ${what.cluster} does not serve apps/${what.resource} (HTTP 404)`,
      );
    case 422:
      return new InputError(
        `The Kubernetes API server refused the rollback of ${target} as invalid (HTTP 422); nothing was written`,
      );
    case 401:
      return new ServiceUnavailableError(
        `The Kubernetes API server of ${what.cluster} rejected the portal's credentials (HTTP 401)`,
      );
    default:
      return new ServiceUnavailableError(
        `The Kubernetes API server of ${what.cluster} answered HTTP ${error.status} to ${what.verb} ${what.resource} ${where}`,
      );
  }
}
