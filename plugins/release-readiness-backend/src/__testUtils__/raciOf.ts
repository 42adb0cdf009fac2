import type {
  RaciResponse,
  RaciPerson,
} from '@release-readiness/plugin-release-readiness-common';

/**
 * A resolved RACI matrix for tests: `go-no-go` with the given Responsible and Accountable users
 * (as roles `release-captain` and `product-owner`), as the people service would answer it.
 */
export function raciOf(
  environment: string,
  people: { responsible?: string[]; accountable?: string[] },
  status: 'ok' | 'stale' | 'unavailable' = 'ok',
): RaciResponse {
  const person = (entityRef: string, role: string): RaciPerson => ({
    entityRef,
    displayName: entityRef.split('/')[1],
    roles: [role],
  });
  const responsible = (people.responsible ?? []).map(r =>
    person(r, 'release-captain'),
  );
  const accountable = (people.accountable ?? []).map(r =>
    person(r, 'product-owner'),
  );
  const unavailable = status === 'unavailable';
  return {
    environment,
    activities: [
      {
        activity: 'go-no-go',
        title: 'Go/no-go decision',
        roles: {
          responsible: ['release-captain'],
          accountable: ['product-owner'],
          consulted: [],
          informed: [],
        },
        responsible: unavailable ? [] : responsible,
        accountable: unavailable ? [] : accountable,
        consulted: [],
        informed: [],
      },
    ],
    roles: [
      {
        id: 'release-captain',
        title: 'Release Captain',
        members: [],
        people: unavailable ? [] : responsible,
      },
      {
        id: 'product-owner',
        title: 'Product Owner',
        members: [],
        people: unavailable ? [] : accountable,
      },
    ],
    findings: [],
    source: unavailable
      ? {
          name: 'catalog',
          status,
          error: { type: 'TIMEOUT', message: 'No answer within 5000 ms' },
        }
      : { name: 'catalog', status, fetchedAt: '2026-03-24T19:00:00.000Z' },
  };
}
