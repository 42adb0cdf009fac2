import type { V1ObjectMeta, V1OwnerReference } from '@kubernetes/client-node';
import { RawObject } from './RawObject';

/**
 * The annotations the board reads (`../parsing`): the Deployment and DaemonSet revisions and who
 * manages a workload. Every other annotation (`kubectl.kubernetes.io/last-applied-configuration`,
 * often the size of the whole object again) is dropped as the page is read. A new annotation read
 * by the parsing code must be added here.
 */
export const BOARD_ANNOTATIONS: ReadonlySet<string> = new Set([
  'deployment.kubernetes.io/revision',
  'deprecated.daemonset.template.generation',
  'argocd.argoproj.io/tracking-id',
  'meta.helm.sh/release-name',
]);

function ownerReference(raw: RawObject): V1OwnerReference {
  return {
    apiVersion: raw.string('apiVersion') ?? '',
    kind: raw.string('kind') ?? '',
    name: raw.string('name') ?? '',
    uid: raw.string('uid') ?? '',
    controller: raw.boolean('controller'),
  };
}

/**
 * The part of an object's raw `metadata` the board uses: name, namespace, uid, labels, the
 * {@link BOARD_ANNOTATIONS}, owner references, creation time, generation and resource version.
 */
export function trimMetadata(raw: RawObject | undefined): V1ObjectMeta {
  if (!raw) {
    return {};
  }
  return {
    name: raw.string('name'),
    namespace: raw.string('namespace'),
    uid: raw.string('uid'),
    labels: raw.strings('labels'),
    annotations: raw.strings('annotations', BOARD_ANNOTATIONS),
    ownerReferences: raw.objects('ownerReferences')?.map(ownerReference),
    creationTimestamp: raw.date('creationTimestamp'),
    generation: raw.number('generation'),
    resourceVersion: raw.string('resourceVersion'),
  };
}
