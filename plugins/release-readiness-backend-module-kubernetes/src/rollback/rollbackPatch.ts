import { isRecord } from './isRecord';
import type { RevisionSource } from './RevisionSource';
import type { WorkloadObject } from './RevisionedObjects';
import type { RollbackKind } from './RollbackKind';

const CHANGE_CAUSE = 'kubernetes.io/change-cause';

/**
 * The Deployment annotations a rollback keeps from the Deployment instead of taking them from the
 * ReplicaSet (kubectl's `annotationsToSkip`).
 */
const KEPT_FROM_DEPLOYMENT = [
  'kubectl.kubernetes.io/last-applied-configuration',
  'deployment.kubernetes.io/revision',
  'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
  'deprecated.deployment.rollback.to',
];

function withoutHashLabel(
  template: Record<string, unknown>,
): Record<string, unknown> {
  const metadata = template.metadata;
  if (!isRecord(metadata) || !isRecord(metadata.labels)) {
    return template;
  }
  const { 'pod-template-hash': _hash, ...labels } = metadata.labels;
  return { ...template, metadata: { ...metadata, labels } };
}

/**
 * The write of a rollback, with its precondition.
 *
 * - Deployment: a JSON Patch (`application/json-patch+json`), as `kubectl rollout undo` sends
 *   it, plus the precondition: `replace /metadata/resourceVersion` with the plan's version (the
 *   API server's optimistic concurrency then answers 409 Conflict when the Deployment changed:
 *   a JSON Patch `test` would fail with 422 instead), `replace /spec/template` with the
 *   ReplicaSet's template without `pod-template-hash`, and the annotations: the Deployment's
 *   kept ones, the ReplicaSet's others, and `kubernetes.io/change-cause`.
 * - StatefulSet, DaemonSet: the ControllerRevision's `data` as a strategic merge patch
 *   (`application/strategic-merge-patch+json`; it replaces the template whole), with
 *   `metadata.resourceVersion` as the precondition and the change cause annotation.
 */
export function rollbackPatch(input: {
  kind: RollbackKind;
  workload: WorkloadObject;
  target: RevisionSource;
  resourceVersion: string;
  changeCause: string;
}): { contentType: string; body: unknown } {
  const { kind, workload, target, resourceVersion, changeCause } = input;
  if (kind === 'Deployment') {
    const own = workload.metadata.annotations ?? {};
    const annotations: Record<string, string> = {};
    for (const key of KEPT_FROM_DEPLOYMENT) {
      if (own[key] !== undefined) {
        annotations[key] = own[key];
      }
    }
    for (const [key, value] of Object.entries(target.annotations)) {
      if (!KEPT_FROM_DEPLOYMENT.includes(key)) {
        annotations[key] = value;
      }
    }
    annotations[CHANGE_CAUSE] = changeCause;
    return {
      contentType: 'application/json-patch+json',
      body: [
        {
          op: 'replace',
          path: '/metadata/resourceVersion',
          value: resourceVersion,
        },
        {
          op: 'replace',
          path: '/spec/template',
          value: withoutHashLabel(target.template),
        },
        { op: 'add', path: '/metadata/annotations', value: annotations },
      ],
    };
  }
  return {
    contentType: 'application/strategic-merge-patch+json',
    body: {
      ...target.data,
      metadata: {
        resourceVersion,
        annotations: { [CHANGE_CAUSE]: changeCause },
      },
    },
  };
}
