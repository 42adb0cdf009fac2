import { ServiceUnavailableError } from '@backstage/errors';
import { KubernetesApi } from './KubernetesApi';
import { ROLLBACK_RESOURCES } from './RollbackKind';
import { workloadObjectSchema, WorkloadObject } from './RevisionedObjects';
import { toRollbackError } from './toRollbackError';
import type { WorkloadRef } from './WorkloadRef';

/**
 * A fresh `GET` of the workload (as `kubectl rollout undo` reads it first), raw JSON checked
 * with zod.
 *
 * @throws `NotFoundError` when it does not exist, the errors of `toRollbackError` otherwise, and
 *   `ServiceUnavailableError` for an answer that is no such workload
 */
export async function readWorkloadObject(
  api: KubernetesApi,
  ref: WorkloadRef,
  cluster: string,
  signal: AbortSignal,
): Promise<WorkloadObject> {
  const resource = ROLLBACK_RESOURCES[ref.kind];
  let body: unknown;
  try {
    body = await api.request({
      method: 'GET',
      path: `/apis/apps/v1/namespaces/${
        ref.namespace
      }/${resource}/${encodeURIComponent(ref.name)}`,
      signal,
    });
  } catch (error) {
    throw toRollbackError(error, {
      verb: 'get',
      resource,
      namespace: ref.namespace,
      cluster,
      object: `${ref.kind} ${ref.name}`,
    });
  }
  const parsed = workloadObjectSchema.safeParse(body);
  if (!parsed.success) {
    throw new ServiceUnavailableError(
      `The Kubernetes API server of ${cluster} answered with no ${ref.kind} for ${ref.name}`,
    );
  }
  return parsed.data;
}
