import type { z } from 'zod';
import { isRecord } from './isRecord';
import { KubernetesApi } from './KubernetesApi';
import { listOwnedRaw } from './listOwnedRaw';
import {
  controllerRevisionListSchema,
  replicaSetListSchema,
  WorkloadObject,
} from './RevisionedObjects';
import type { RevisionSource } from './RevisionSource';
import type { WorkloadRef } from './WorkloadRef';

const REVISION = 'deployment.kubernetes.io/revision';

type ReplicaSet = z.output<typeof replicaSetListSchema>['items'][number];
type ControllerRevision = z.output<
  typeof controllerRevisionListSchema
>['items'][number];

/** A ReplicaSet as a revision; none without a usable revision or template. */
function replicaSetSource(rs: ReplicaSet): RevisionSource[] {
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
}

/** A ControllerRevision as a revision; none without a usable revision or template. */
function controllerRevisionSource(cr: ControllerRevision): RevisionSource[] {
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
  const list = {
    api,
    namespace: ref.namespace,
    owner: { kind: ref.kind, uid: workload.metadata.uid },
    cluster,
    signal,
  };
  const sources =
    ref.kind === 'Deployment'
      ? (
          await listOwnedRaw({
            ...list,
            resource: 'replicasets',
            schema: replicaSetListSchema,
          })
        ).flatMap(replicaSetSource)
      : (
          await listOwnedRaw({
            ...list,
            resource: 'controllerrevisions',
            schema: controllerRevisionListSchema,
          })
        ).flatMap(controllerRevisionSource);
  return sources.sort((a, b) => b.revision - a.revision);
}
