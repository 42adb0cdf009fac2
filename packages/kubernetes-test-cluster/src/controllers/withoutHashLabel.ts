import { cloneJson } from '../json/cloneJson';
import { isRecord } from '../objects/isRecord';

/** The label the deployment controller adds to its ReplicaSets' templates. */
export const POD_TEMPLATE_HASH = 'pod-template-hash';

/**
 * A copy of a pod template without the `pod-template-hash` label (and without a `$patch`
 * directive, as a ControllerRevision's stored template carries), as the controllers compare
 * templates.
 */
export function withoutHashLabel(template: unknown): unknown {
  if (!isRecord(template)) {
    return template;
  }
  const copy = cloneJson(template);
  delete copy.$patch;
  const metadata = copy.metadata;
  if (isRecord(metadata) && isRecord(metadata.labels)) {
    delete metadata.labels[POD_TEMPLATE_HASH];
  }
  return copy;
}
