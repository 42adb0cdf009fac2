import { isRecord } from '../objects/isRecord';
import { WriteError } from '../patch/WriteError';
import { StoredObject } from '../store/StoredObject';

const KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet']);

interface Cause {
  reason: string;
  message: string;
  field: string;
}

function causesOf(object: StoredObject): Cause[] {
  const spec = isRecord(object.spec) ? object.spec : {};
  const template = isRecord(spec.template) ? spec.template : {};
  const podSpec = isRecord(template.spec) ? template.spec : {};
  const containers = podSpec.containers;
  const causes: Cause[] = [];
  const required = (field: string) =>
    causes.push({
      reason: 'FieldValueRequired',
      message: 'Required value',
      field,
    });
  if (!Array.isArray(containers) || containers.length === 0) {
    required('spec.template.spec.containers');
  } else {
    containers.forEach((c, i) => {
      for (const member of ['name', 'image']) {
        if (!isRecord(c) || typeof c[member] !== 'string' || c[member] === '') {
          required(`spec.template.spec.containers[${i}].${member}`);
        }
      }
    });
  }
  const selector =
    isRecord(spec.selector) && isRecord(spec.selector.matchLabels)
      ? spec.selector.matchLabels
      : {};
  const metadata = isRecord(template.metadata) ? template.metadata : {};
  const labels = isRecord(metadata.labels) ? metadata.labels : {};
  if (Object.entries(selector).some(([k, v]) => labels[k] !== v)) {
    causes.push({
      reason: 'FieldValueInvalid',
      message: 'Invalid value: `selector` does not match template `labels`',
      field: 'spec.template.metadata.labels',
    });
  }
  const replicas = spec.replicas;
  if (
    replicas !== undefined &&
    !(Number.isInteger(replicas) && Number(replicas) >= 0)
  ) {
    causes.push({
      reason: 'FieldValueInvalid',
      message: 'Invalid value: must be greater than or equal to 0',
      field: 'spec.replicas',
    });
  }
  return causes;
}

/**
 * Validates what the API server validates of an `apps/v1` workload that pod templates matter
 * for (Deployment, StatefulSet, DaemonSet, ReplicaSet): at least one container, each with a
 * name and an image; `spec.selector.matchLabels` matching the template's labels; `spec.replicas`
 * a whole number ≥ 0. Other kinds pass.
 *
 * @throws `WriteError` 422 `Invalid` naming the fields, as `<Kind>.apps "<name>" is invalid: …`
 */
export function validateWorkload(object: StoredObject): void {
  if (object.apiVersion !== 'apps/v1' || !KINDS.has(object.kind)) {
    return;
  }
  const causes = causesOf(object);
  if (causes.length > 0) {
    throw new WriteError(
      422,
      'Invalid',
      `${object.kind}.apps "${object.metadata.name}" is invalid: ${causes
        .map(c => `${c.field}: ${c.message}`)
        .join(', ')}`,
      { name: object.metadata.name, group: 'apps', kind: object.kind, causes },
    );
  }
}
