/** A collection URL taken apart: `/api/v1/namespaces/ns/pods` is `v1`, `ns`, `pods`. */
export interface ResourcePath {
  /** `v1` for the core group (`/api/v1`), otherwise `group/version` (`/apis/group/version`). */
  apiVersion: string;
  /** Absent for a cluster-wide path. */
  namespace?: string;
  /** The plural resource name, e.g. `deployments`. */
  resource: string;
}

const PATH =
  /^\/(?:api\/(v1)|apis\/([^/]+\/[^/]+))(?:\/namespaces\/([^/]+))?\/([^/]+)$/;

/**
 * The parts of a namespaced or cluster-wide collection path, or `undefined` for any other path
 * (an object's own path, `/version`, ...).
 */
export function parseResourcePath(pathname: string): ResourcePath | undefined {
  const match = PATH.exec(pathname);
  if (!match) {
    return undefined;
  }
  const [, core, group, namespace, resource] = match;
  return {
    apiVersion: core ?? group,
    ...(namespace !== undefined && { namespace }),
    resource,
  };
}
