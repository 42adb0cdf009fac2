import { mayHoldRole } from './mayHoldRole';
import type { RaciResponse } from './types';

const raci = (status: 'ok' | 'unavailable' = 'ok'): RaciResponse => ({
  environment: 'prod',
  activities: [],
  roles: [
    {
      id: 'qa',
      title: 'QA',
      members: ['group:default/servanda-qa'],
      people:
        status === 'ok'
          ? [
              {
                entityRef: 'user:default/sophie.lang',
                displayName: 'Sophie Lang',
              },
            ]
          : [],
    },
    {
      id: 'release-captain',
      title: 'Release Captain',
      members: [],
      people: [],
    },
  ],
  findings: [],
  source:
    status === 'ok'
      ? { name: 'catalog', status: 'ok', fetchedAt: '2026-03-24T10:00:00Z' }
      : {
          name: 'catalog',
          status: 'unavailable',
          error: { type: 'TIMEOUT', message: 'slow' },
        },
});

describe('mayHoldRole', () => {
  it('allows a user who holds one of the roles', () => {
    expect(
      mayHoldRole(raci(), {
        user: 'sophie.lang',
        roles: ['qa', 'release-captain'],
        environment: 'prod',
      }),
    ).toEqual({
      allowed: true,
      reason: 'user:default/sophie.lang is QA in prod',
      matches: [{ letter: 'responsible', roles: ['qa'] }],
    });
  });

  it.each([
    [
      { user: 'user:default/guest', roles: ['qa'], environment: 'prod' },
      'holds none of the roles QA in prod',
    ],
    [
      { user: 'user:default/sophie.lang', roles: ['qa'], environment: 'dev' },
      "is for 'prod', not for 'dev'",
    ],
    [
      { user: 'user:default/sophie.lang', roles: ['cab'], environment: 'prod' },
      'Unknown role cab',
    ],
    [
      { user: 'user:default/sophie.lang', roles: [], environment: 'prod' },
      'No RACI role was asked for',
    ],
    [
      { user: '', roles: ['qa'], environment: 'prod' },
      'is not a valid entity ref',
    ],
  ])('refuses %j', (request, reason) => {
    const answer = mayHoldRole(raci(), request);
    expect(answer.allowed).toBe(false);
    expect(answer.reason).toContain(reason);
  });

  it('refuses when the people cannot be resolved', () => {
    const answer = mayHoldRole(raci('unavailable'), {
      user: 'user:default/sophie.lang',
      roles: ['qa'],
      environment: 'prod',
    });
    expect(answer).toMatchObject({ allowed: false });
    expect(answer.reason).toContain('cannot be resolved right now (slow)');
  });
});
