import { StoredObject } from '../store/StoredObject';
import { isRecord } from './isRecord';

/** Whether `value` has what the test server needs: `apiVersion`, `kind` and `metadata.name`. */
export function isStoredObject(value: unknown): value is StoredObject {
  return (
    isRecord(value) &&
    typeof value.apiVersion === 'string' &&
    value.apiVersion !== '' &&
    typeof value.kind === 'string' &&
    value.kind !== '' &&
    isRecord(value.metadata) &&
    typeof value.metadata.name === 'string' &&
    value.metadata.name !== ''
  );
}
