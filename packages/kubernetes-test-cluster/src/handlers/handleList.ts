import { statusResponse } from '../http/statusResponse';
import { TestResponse } from '../http/TestResponse';
import { ServerState } from '../router/ServerState';
import { TestRequest } from '../router/TestRequest';
import { parseResourcePath } from '../store/parseResourcePath';
import { renderList } from './renderList';

/**
 * `GET` on a namespaced or cluster-wide collection path: the LIST answer, rendered once per URL
 * and resource version; 400 `BadRequest` for a label selector the API server would reject.
 */
export function handleList(
  request: TestRequest,
  state: ServerState,
): TestResponse | undefined {
  const path = parseResourcePath(request.url.pathname);
  if (!path) {
    return undefined;
  }
  const key = `${request.url.pathname}?${request.url.searchParams}`;
  const version = state.store.resourceVersion;
  let body = state.listCache.get(key, version);
  if (body === undefined) {
    try {
      body = renderList(path, request.url.searchParams, state.store);
    } catch (error) {
      // Our own parsers' messages (label selectors), no upstream's.
      const message = error instanceof Error ? error.message : String(error);
      return statusResponse(400, 'BadRequest', message);
    }
    state.listCache.set(key, version, body);
  }
  return { status: 200, body };
}
