import { objectNotFound } from '../http/objectNotFound';
import { resourceNotFound } from '../http/resourceNotFound';
import { TestResponse } from '../http/TestResponse';
import { ServerState } from '../router/ServerState';
import { findResourceType } from '../store/findResourceType';
import { ObjectPath, parseObjectPath } from '../store/parseObjectPath';
import { ResourceType } from '../store/resourceTypes';
import { StoredObject } from '../store/StoredObject';

/** The object a write names, or the 404 to answer; `undefined` for a path that names none. */
export function locateObject(
  pathname: string,
  state: ServerState,
):
  | { path: ObjectPath; type: ResourceType; current: StoredObject }
  | { response: TestResponse }
  | undefined {
  const path = parseObjectPath(pathname);
  if (!path) {
    return undefined;
  }
  const type = findResourceType(path.apiVersion, path.resource);
  if (!type) {
    return { response: resourceNotFound() };
  }
  const current = state.store.get({
    apiVersion: type.apiVersion,
    kind: type.kind,
    namespace: path.namespace,
    name: path.name,
  });
  if (!current) {
    return { response: objectNotFound(type, path.name) };
  }
  return { path, type, current };
}
