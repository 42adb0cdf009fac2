import { statusResponse } from '../http/statusResponse';
import { TestResponse } from '../http/TestResponse';
import { applyJsonPatch } from '../patch/applyJsonPatch';
import { applyMergePatch } from '../patch/applyMergePatch';
import { applyStrategicMergePatch } from '../patch/applyStrategicMergePatch';
import { WriteError } from '../patch/WriteError';
import { ServerState } from '../router/ServerState';
import { TestRequest } from '../router/TestRequest';
import { commitWrite } from './commitWrite';
import { locateObject } from './locateObject';
import { mediaTypeOf } from './mediaTypeOf';
import { parseBody } from './parseBody';
import { readDryRun } from './readDryRun';

const PATCHES: Readonly<
  Record<string, (document: unknown, patch: unknown) => unknown>
> = {
  'application/json-patch+json': applyJsonPatch,
  'application/merge-patch+json': applyMergePatch,
  'application/strategic-merge-patch+json': applyStrategicMergePatch,
};

/**
 * `PATCH` of one namespaced object, by its `Content-Type`: `application/json-patch+json` (RFC
 * 6902), `application/merge-patch+json` (RFC 7386) or `application/strategic-merge-patch+json`
 * (the subset of `applyStrategicMergePatch`; not for custom resources, as on an API server);
 * anything else (server-side apply included) is 415. `dryRun=All` answers without writing. The
 * rest is `commitWrite`'s: preconditions, server-set fields, validation, controllers.
 */
export function handlePatch(
  request: TestRequest,
  state: ServerState,
): TestResponse | undefined {
  const located = locateObject(request.url.pathname, state);
  if (!located || 'response' in located) {
    return located?.response;
  }
  const { type, current } = located;
  const mediaType = mediaTypeOf(request);
  const apply = PATCHES[mediaType];
  if (
    !apply ||
    (type.custom && mediaType === 'application/strategic-merge-patch+json')
  ) {
    return statusResponse(
      415,
      'UnsupportedMediaType',
      `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json${
        type.custom ? '' : ', application/strategic-merge-patch+json'
      }`,
    );
  }
  try {
    const dryRun = readDryRun(request.url);
    const next = apply(current, parseBody(request.body));
    return commitWrite({ state, type, current, next, dryRun });
  } catch (error) {
    if (error instanceof WriteError) {
      return error.toResponse();
    }
    throw error;
  }
}
