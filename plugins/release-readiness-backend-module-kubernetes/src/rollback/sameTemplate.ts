import { isRecord } from './isRecord';

/** The label the deployment controller adds to its ReplicaSets' templates. */
const POD_TEMPLATE_HASH = 'pod-template-hash';

/** `value` without `null`, `{}` and `[]` members (deeply), and object members sorted. */
function normalized(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(normalized);
  }
  if (!isRecord(value)) {
    return value;
  }
  const kept: [string, unknown][] = [];
  for (const key of Object.keys(value).sort()) {
    const member = normalized(value[key]);
    const empty =
      member === null ||
      member === undefined ||
      (Array.isArray(member) && member.length === 0) ||
      (isRecord(member) && Object.keys(member).length === 0);
    if (!empty) {
      kept.push([key, member]);
    }
  }
  return Object.fromEntries(kept);
}

/** A pod template without `pod-template-hash` and a `$patch` directive, normalized. */
function comparable(template: Record<string, unknown>): string {
  const { $patch: _directive, metadata, ...rest } = template;
  let meta = metadata;
  if (isRecord(metadata) && isRecord(metadata.labels)) {
    const { [POD_TEMPLATE_HASH]: _hash, ...labels } = metadata.labels;
    meta = { ...metadata, labels };
  }
  return JSON.stringify(normalized({ ...rest, metadata: meta }));
}

/**
 * Whether two pod templates are the same as `kubectl rollout undo` decides it
 * (`equalIgnoreHash`, `apiequality.Semantic.DeepEqual`): the `pod-template-hash` label (and a
 * ControllerRevision's `$patch` directive) ignored; a missing member, `null`, `{}` and `[]` the
 * same; member order irrelevant, list order not. Quantities are compared as written.
 */
export function sameTemplate(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
): boolean {
  return comparable(a) === comparable(b);
}
