import { isRecord } from './isRecord';
import { isControlledBy } from './isControlledBy';
import { KubernetesApi } from './KubernetesApi';
import { listAllRaw } from './listAllRaw';
import {
  controllerRevisionListSchema,
  replicaSetListSchema,
  WorkloadObject,
} from './RevisionedObjects';
import type { RevisionSource } from './RevisionSource';
import type { WorkloadRef } from './WorkloadRef';

const REVISION = 'deployment.kubernetes.io/revision';

async function replicaSets(
  api: KubernetesApi,
  ref: WorkloadRef,
  owner: { kind: string; uid?: string },
  cluster: string,
  signal: AbortSignal,
): Promise<RevisionSource[]> {
  const owned = await listAllRaw({
    api,
    namespace: ref.namespace,
    resource: 'replicasets',
    cluster,
    signal,
    parse: body => {
      const page = replicaSetListSchema.safeParse(body);
      return page.success
        ? { items: page.data.items, next: page.data.metadata?.continue }
        : undefined;
    },
    keep: rs => isControlledBy(rs.metadata, owner),
  });
  return owned.flatMap(rs => {
    const annotations = rs.metadata.annotations ?? {};
    const revision = Number(annotations[REVISION]);
    const template = rs.spec?.template;
    if (!Number.isSafeInteger(revision) || revision <= 0 || !template) {
      return [];
    }
    return [
      {
        revision,
        object: `ReplicaSet/${rs.metadata.name}`,
        template,
        annotations,
        ...(rs.metadata.creationTimestamp && {
          createdAt: rs.metadata.creationTimestamp,
        }),
      },
    ];
  });
}

async function controllerRevisions(
  api: KubernetesApi,
  ref: WorkloadRef,
  owner: { kind: string; uid?: string },
  cluster: string,
  signal: AbortSignal,
): Promise<RevisionSource[]> {
  const owned = await listAllRaw({
    api,
    namespace: ref.namespace,
    resource: 'controllerrevisions',
    cluster,
    signal,
    parse: body => {
      const page = controllerRevisionListSchema.safeParse(body);
      return page.success
        ? { items: page.data.items, next: page.data.metadata?.continue }
        : undefined;
    },
    keep: cr => isControlledBy(cr.metadata, owner),
  });
  return owned.flatMap(cr => {
    const spec = cr.data?.spec;
    const stored = isRecord(spec) ? spec.template : undefined;
    if (!cr.data || !isRecord(stored) || cr.revision <= 0) {
      return [];
    }
    const { $patch: _directive, ...template } = stored;
    return [
      {
        revision: cr.revision,
        object: `ControllerRevision/${cr.metadata.name}`,
        template,
        annotations: cr.metadata.annotations ?? {},
        data: cr.data,
        ...(cr.metadata.creationTimestamp && {
          createdAt: cr.metadata.creationTimestamp,
        }),
      },
    ];
  });
}

/**
 * The workload's own revisions, newest first: a Deployment's ReplicaSets by
 * `deployment.kubernetes.io/revision`, a StatefulSet's or DaemonSet's ControllerRevisions by
 * `revision`; owned means the controller owner reference names the workload's `uid`, never
 * another owner's (labels and names play no part). Objects without a usable revision or template
 * are left out.
 */
export async function listOwnedRevisions(
  api: KubernetesApi,
  ref: WorkloadRef,
  workload: WorkloadObject,
  cluster: string,
  signal: AbortSignal,
): Promise<RevisionSource[]> {
  const owner = { kind: ref.kind, uid: workload.metadata.uid };
  const sources =
    ref.kind === 'Deployment'
      ? await replicaSets(api, ref, owner, cluster, signal)
      : await controllerRevisions(api, ref, owner, cluster, signal);
  return sources.sort((a, b) => b.revision - a.revision);
}
