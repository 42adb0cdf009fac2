import { statusResponse } from '../http/statusResponse';
import { TestResponse } from '../http/TestResponse';
import { matchLabelSelector } from '../labels/matchLabelSelector';
import { ServerState } from '../router/ServerState';
import { TestRequest } from '../router/TestRequest';
import { findResourceType } from '../store/findResourceType';
import { parseResourcePath } from '../store/parseResourcePath';
import { streamWatch } from '../watch/streamWatch';

/**
 * `GET` on a collection path with `watch=1` (or `true`): a watch stream from `resourceVersion`
 * (`labelSelector`, `allowWatchBookmarks`, `timeoutSeconds` honoured); 400 for a malformed
 * resource version or selector. Other requests are left to the next route.
 */
export function handleWatch(
  request: TestRequest,
  state: ServerState,
): TestResponse | undefined {
  const params = request.url.searchParams;
  const flag = params.get('watch');
  if (flag !== '1' && flag !== 'true') {
    return undefined;
  }
  const path = parseResourcePath(request.url.pathname);
  const type = path && findResourceType(path.apiVersion, path.resource);
  if (!path || !type) {
    return statusResponse(
      400,
      'BadRequest',
      'the test server watches only the resources it lists',
    );
  }
  const rv = params.get('resourceVersion');
  if (rv !== null && rv !== '' && !/^\d+$/.test(rv)) {
    return statusResponse(
      400,
      'BadRequest',
      'resourceVersion must be a number',
    );
  }
  const timeoutSeconds = Number(params.get('timeoutSeconds') ?? '');
  let matches;
  try {
    matches = matchLabelSelector(params.get('labelSelector') ?? undefined);
  } catch (error) {
    // Our own parser's message (label selectors), no upstream's.
    return statusResponse(
      400,
      'BadRequest',
      error instanceof Error ? error.message : String(error),
    );
  }
  const watch = {
    apiVersion: path.apiVersion,
    kind: type.kind,
    namespace: path.namespace,
    matches,
    resourceVersion: rv ? Number(rv) : undefined,
    bookmarks: params.get('allowWatchBookmarks') === 'true',
    bookmarkIntervalMs: state.watch.bookmarkIntervalMs ?? 5_000,
    timeoutMs:
      timeoutSeconds > 0
        ? timeoutSeconds * 1000
        : state.watch.timeoutMs ?? 300_000,
  };
  return {
    status: 200,
    body: '',
    stream: res => streamWatch(res, state.store, watch),
  };
}
