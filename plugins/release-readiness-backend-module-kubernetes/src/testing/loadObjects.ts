import { parseAllDocuments } from 'yaml';

/** The parts of a Kubernetes object the test server looks at. */
export interface StoredObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/**
 * Reads Kubernetes objects from YAML or JSON text: single objects, multi-document YAML, and
 * `kind: List` documents as `kubectl get … -o yaml` writes them.
 *
 * @throws `Error` when a document is not valid YAML or an object lacks apiVersion, kind or name
 */
export function loadObjects(text: string): StoredObject[] {
  const objects: StoredObject[] = [];
  for (const document of parseAllDocuments(text)) {
    if (document.errors.length > 0) {
      throw new Error(`invalid YAML: ${document.errors[0].message}`);
    }
    const value = document.toJS() as any;
    if (value === null || value === undefined) {
      continue;
    }
    const items: any[] =
      value.kind === 'List' || value.kind?.endsWith?.('List')
        ? value.items ?? []
        : [value];
    for (const item of items) {
      if (!item?.apiVersion || !item?.kind || !item?.metadata?.name) {
        throw new Error(
          `every object needs apiVersion, kind and metadata.name; got ${JSON.stringify(
            item,
          ).slice(0, 120)}`,
        );
      }
      objects.push(item as StoredObject);
    }
  }
  return objects;
}
