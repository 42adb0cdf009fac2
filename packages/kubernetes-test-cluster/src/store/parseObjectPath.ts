/** A namespaced object's URL taken apart: `/apis/apps/v1/namespaces/ns/deployments/api`. */
export interface ObjectPath {
  /** `v1` for the core group (`/api/v1`), otherwise `group/version`. */
  apiVersion: string;
  namespace: string;
  /** The plural resource name, e.g. `deployments`. */
  resource: string;
  name: string;
}

const PATH =
  /^\/(?:api\/(v1)|apis\/([^/]+\/[^/]+))\/namespaces\/([^/]+)\/([^/]+)\/([^/]+)$/;

/**
 * The parts of a namespaced object's path, or `undefined` for any other path (a collection, a
 * subresource such as `/status` or `/scale`, `/version`, ...).
 */
export function parseObjectPath(pathname: string): ObjectPath | undefined {
  const match = PATH.exec(pathname);
  if (!match) {
    return undefined;
  }
  const [, core, group, namespace, resource, name] = match;
  return {
    apiVersion: core ?? group,
    namespace: decodeURIComponent(namespace),
    resource,
    name: decodeURIComponent(name),
  };
}
