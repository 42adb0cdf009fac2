import { statusResponse } from '../http/statusResponse';
import { TestResponse } from '../http/TestResponse';
import { isRecord } from '../objects/isRecord';
import { WriteError } from '../patch/WriteError';
import { ServerState } from '../router/ServerState';
import { TestRequest } from '../router/TestRequest';
import { commitWrite } from './commitWrite';
import { locateObject } from './locateObject';
import { mediaTypeOf } from './mediaTypeOf';
import { parseBody } from './parseBody';
import { readDryRun } from './readDryRun';

/**
 * `PUT` (replace) of one namespaced object with a JSON body (`application/json`): the body's
 * name must be the URL's (400 otherwise), its namespace defaults to the URL's; a
 * `metadata.resourceVersion` in it is the precondition (409 when stale; without one the update
 * is unconditional, as for the built-in workload types). The rest is `commitWrite`'s.
 */
export function handlePut(
  request: TestRequest,
  state: ServerState,
): TestResponse | undefined {
  const located = locateObject(request.url.pathname, state);
  if (!located || 'response' in located) {
    return located?.response;
  }
  const { path, type, current } = located;
  if (mediaTypeOf(request) !== 'application/json') {
    return statusResponse(
      415,
      'UnsupportedMediaType',
      'the body of the request was in an unknown format - accepted media types include: application/json',
    );
  }
  try {
    const dryRun = readDryRun(request.url);
    const body = parseBody(request.body);
    if (!isRecord(body) || !isRecord(body.metadata)) {
      throw WriteError.badRequest('the object has no metadata');
    }
    if (body.metadata.name !== path.name) {
      throw WriteError.badRequest(
        `the name of the object (${String(
          body.metadata.name,
        )}) does not match the name on the URL (${path.name})`,
      );
    }
    const next = {
      ...body,
      metadata: { namespace: path.namespace, ...body.metadata },
    };
    return commitWrite({ state, type, current, next, dryRun });
  } catch (error) {
    if (error instanceof WriteError) {
      return error.toResponse();
    }
    throw error;
  }
}
