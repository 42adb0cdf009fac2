import { objectNotFound } from '../http/objectNotFound';
import { objectResponse } from '../http/objectResponse';
import { resourceNotFound } from '../http/resourceNotFound';
import { TestResponse } from '../http/TestResponse';
import { ServerState } from '../router/ServerState';
import { TestRequest } from '../router/TestRequest';
import { findResourceType } from '../store/findResourceType';
import { parseObjectPath } from '../store/parseObjectPath';

/**
 * `GET` of one namespaced object (`…/namespaces/<ns>/<resource>/<name>`): the object with its
 * `apiVersion` and `kind`, 404 `NotFound` when it does not exist or the resource is not served.
 */
export function handleGet(
  request: TestRequest,
  state: ServerState,
): TestResponse | undefined {
  const path = parseObjectPath(request.url.pathname);
  if (!path) {
    return undefined;
  }
  const type = findResourceType(path.apiVersion, path.resource);
  if (!type) {
    return resourceNotFound();
  }
  const object = state.store.get({
    apiVersion: type.apiVersion,
    kind: type.kind,
    namespace: path.namespace,
    name: path.name,
  });
  return object ? objectResponse(object) : objectNotFound(type, path.name);
}
