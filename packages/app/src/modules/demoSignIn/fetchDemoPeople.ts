import type { DiscoveryApi } from '@backstage/frontend-plugin-api';

/** A group a demo person belongs to. */
export interface DemoGroup {
  entityRef: string;
  displayName: string;
}

/** A person to sign in as, from `GET /api/auth/demo/users`. */
export interface DemoPerson {
  entityRef: string;
  displayName: string;
  groups: DemoGroup[];
}

/** The people list, or `disabled` when the backend does not serve the demo sign-in (404). */
export type DemoPeopleResult =
  | { status: 'enabled'; people: DemoPerson[] }
  | { status: 'disabled' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNamedRef(value: unknown): value is DemoGroup {
  return (
    isRecord(value) &&
    typeof value.entityRef === 'string' &&
    typeof value.displayName === 'string'
  );
}

function toPerson(value: unknown): DemoPerson | undefined {
  if (
    !isNamedRef(value) ||
    !isRecord(value) ||
    !Array.isArray(value.groups) ||
    !value.groups.every(isNamedRef)
  ) {
    return undefined;
  }
  return {
    entityRef: value.entityRef,
    displayName: value.displayName,
    groups: value.groups.map(g => ({
      entityRef: g.entityRef,
      displayName: g.displayName,
    })),
  };
}

/**
 * Reads the people to sign in as from the auth backend's `GET /demo/users`. Uses the browser's
 * `fetch`, because nobody is signed in yet (the app's fetch API would wait for an identity).
 *
 * Throws an `Error` with a short message of its own (never the backend's or the parser's) when the
 * backend is unreachable or answers anything but 200 with the expected shape or 404.
 */
export async function fetchDemoPeople(
  discoveryApi: Pick<DiscoveryApi, 'getBaseUrl'>,
  signal?: AbortSignal,
): Promise<DemoPeopleResult> {
  const baseUrl = await discoveryApi.getBaseUrl('auth');
  let response: Response;
  try {
    response = await fetch(`${baseUrl}/demo/users`, {
      headers: { accept: 'application/json' },
      signal,
    });
  } catch (error) {
    if (signal?.aborted) {
      throw error;
    }
    throw new Error('The backend could not be reached.');
  }
  if (response.status === 404) {
    return { status: 'disabled' };
  }
  if (!response.ok) {
    throw new Error(`The backend answered HTTP ${response.status}.`);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new Error('The backend answered with something that is not JSON.');
  }
  const people = Array.isArray(body) ? body.map(toPerson) : [undefined];
  if (people.some(p => p === undefined)) {
    throw new Error('The backend answered with an unexpected list.');
  }
  return {
    status: 'enabled',
    people: people.filter((p): p is DemoPerson => p !== undefined),
  };
}
