import { parseAllDocuments } from 'yaml';
import { StoredObject } from '../store/StoredObject';
import { documentItems } from './documentItems';
import { isStoredObject } from './isStoredObject';

/**
 * Reads Kubernetes objects from YAML or JSON text: single objects, multi-document YAML, and
 * `kind: List` documents as `kubectl get … -o yaml` writes them.
 *
 * @throws `Error` when a document is not valid YAML or an object lacks apiVersion, kind or name
 * @public
 */
export function loadObjects(text: string): StoredObject[] {
  const objects: StoredObject[] = [];
  for (const document of parseAllDocuments(text)) {
    if (document.errors.length > 0) {
      throw new Error(`invalid YAML: ${document.errors[0].message}`);
    }
    const value: unknown = document.toJS();
    if (value === null || value === undefined) {
      continue;
    }
    for (const item of documentItems(value)) {
      if (!isStoredObject(item)) {
        throw new Error(
          `every object needs apiVersion, kind and metadata.name; got ${String(
            JSON.stringify(item),
          ).slice(0, 120)}`,
        );
      }
      objects.push(item);
    }
  }
  return objects;
}
