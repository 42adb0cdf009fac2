import { isRecord } from './isRecord';

/**
 * The objects of one YAML document: the `items` of a list (a `kind` ending in `List`, as
 * `kubectl get -o yaml` writes), else the document itself.
 */
export function documentItems(value: unknown): unknown[] {
  if (
    isRecord(value) &&
    typeof value.kind === 'string' &&
    value.kind.endsWith('List')
  ) {
    const items = value.items ?? [];
    return Array.isArray(items) ? items : [items];
  }
  return [value];
}
