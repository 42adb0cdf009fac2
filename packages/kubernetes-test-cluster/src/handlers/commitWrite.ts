import { objectResponse } from '../http/objectResponse';
import { TestResponse } from '../http/TestResponse';
import { jsonEqual } from '../json/jsonEqual';
import { isRecord } from '../objects/isRecord';
import { WriteError } from '../patch/WriteError';
import { ServerState } from '../router/ServerState';
import { qualifiedResource } from '../store/qualifiedResource';
import { ResourceType } from '../store/resourceTypes';
import { StoredObject } from '../store/StoredObject';
import { validateWorkload } from './validateWorkload';

function conflict(type: ResourceType, name: string, why: string): WriteError {
  return new WriteError(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${qualifiedResource(
      type,
    )} "${name}": ${why}`,
    {
      name,
      group: type.apiVersion.includes('/') ? type.apiVersion.split('/')[0] : '',
      kind: type.resource,
    },
  );
}

/** The object a write would store: `next` with the fields only the server sets put back. */
function written(
  type: ResourceType,
  current: StoredObject,
  next: unknown,
): StoredObject {
  const name = current.metadata.name;
  if (!isRecord(next) || !isRecord(next.metadata)) {
    throw WriteError.badRequest('the object has no metadata');
  }
  const metadata = next.metadata;
  const version = metadata.resourceVersion;
  if (
    version !== undefined &&
    version !== '' &&
    String(version) !== current.metadata.resourceVersion
  ) {
    throw conflict(
      type,
      name,
      'the object has been modified; please apply your changes to the latest version and try again',
    );
  }
  if (metadata.uid !== undefined && metadata.uid !== current.metadata.uid) {
    throw conflict(
      type,
      name,
      `Precondition failed: UID in precondition: ${String(
        metadata.uid,
      )}, UID in object meta: ${String(current.metadata.uid)}`,
    );
  }
  for (const [field, was, is] of [
    ['apiVersion', current.apiVersion, next.apiVersion ?? current.apiVersion],
    ['kind', current.kind, next.kind ?? current.kind],
    ['metadata.name', name, metadata.name],
    ['metadata.namespace', current.metadata.namespace, metadata.namespace],
  ]) {
    if (was !== is) {
      throw new WriteError(
        422,
        'Invalid',
        `${current.kind} "${name}" is invalid: ${field}: Invalid value: field is immutable`,
      );
    }
  }
  const specChanged = !jsonEqual(current.spec, next.spec);
  const generation = current.metadata.generation;
  const { status: _ignored, ...rest } = next;
  return {
    ...rest,
    apiVersion: current.apiVersion,
    kind: current.kind,
    metadata: {
      ...metadata,
      name,
      ...(current.metadata.uid !== undefined && { uid: current.metadata.uid }),
      ...(current.metadata.creationTimestamp !== undefined && {
        creationTimestamp: current.metadata.creationTimestamp,
      }),
      ...(current.metadata.resourceVersion !== undefined && {
        resourceVersion: current.metadata.resourceVersion,
      }),
      ...((generation !== undefined || specChanged) && {
        generation: specChanged
          ? (typeof generation === 'number' ? generation : 1) + 1
          : generation,
      }),
    },
    ...(current.status !== undefined && { status: current.status }),
  };
}

/**
 * The end of every PATCH and PUT, once the new object is known: checks the precondition (a
 * `metadata.resourceVersion` other than the stored one, or another `uid`, is a 409 `Conflict`, as
 * the API server's optimistic concurrency answers), keeps what only the server sets (`uid`,
 * `creationTimestamp`, `status`, which is written through the status subresource; `generation`
 * moves on when the spec changed), refuses a changed name, namespace or kind, and validates
 * (`validateWorkload`). A dry run (`dryRun=All`) answers the object it would store and writes
 * nothing; otherwise it is stored under a new resource version, the controllers act on it, and
 * the answer is the object as stored.
 */
export function commitWrite(options: {
  state: ServerState;
  type: ResourceType;
  current: StoredObject;
  next: unknown;
  dryRun: boolean;
}): TestResponse {
  const { state, type, current, dryRun } = options;
  let object: StoredObject;
  try {
    object = written(type, current, options.next);
    validateWorkload(object);
  } catch (error) {
    if (error instanceof WriteError) {
      return error.toResponse();
    }
    throw error;
  }
  if (dryRun) {
    return objectResponse(object);
  }
  const stored = state.store.put(object);
  const response = objectResponse(stored);
  state.controllers.afterWrite(current, stored);
  return response;
}
