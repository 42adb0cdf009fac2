/**
 * The parts of a Kubernetes object the test server looks at; everything else is stored and
 * served as given.
 *
 * @public
 */
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
