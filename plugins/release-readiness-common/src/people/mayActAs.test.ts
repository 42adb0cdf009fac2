import { mayActAs } from './mayActAs';
import type { RaciResponse } from './types';

const jonas = {
  entityRef: 'user:default/jonas.weber',
  displayName: 'Jonas Weber',
};
const lena = {
  entityRef: 'user:default/lena.kraus',
  displayName: 'Lena Kraus',
};

const raci: RaciResponse = {
  environment: 'prod',
  activities: [
    {
      activity: 'go-no-go',
      title: 'Go/no-go decision',
      roles: {
        responsible: ['release-captain'],
        accountable: ['product-owner'],
        consulted: ['on-call', 'qa'],
        informed: [],
      },
      responsible: [{ ...lena, roles: ['release-captain'] }],
      accountable: [{ ...jonas, roles: ['product-owner'] }],
      consulted: [],
      informed: [],
    },
  ],
  roles: [],
  findings: [],
  source: { name: 'catalog', status: 'ok', fetchedAt: '2026-03-18T10:00:00Z' },
};

describe('mayActAs', () => {
  it('allows the accountable person, naming the role', () => {
    expect(
      mayActAs(raci, {
        user: 'user:default/jonas.weber',
        activity: 'go-no-go',
        as: 'accountable',
        environment: 'prod',
      }),
    ).toEqual({
      allowed: true,
      reason:
        "user:default/jonas.weber is accountable (via product-owner) for 'Go/no-go decision' in prod",
      matches: [{ letter: 'accountable', roles: ['product-owner'] }],
    });
  });

  it('accepts a short or differently cased ref and any of several letters', () => {
    const result = mayActAs(raci, {
      user: 'Lena.Kraus',
      activity: 'go-no-go',
      as: ['accountable', 'responsible'],
      environment: 'prod',
    });
    expect(result.allowed).toBe(true);
    expect(result.matches).toEqual([
      { letter: 'responsible', roles: ['release-captain'] },
    ]);
  });

  it('refuses someone who holds another letter only', () => {
    const result = mayActAs(raci, {
      user: 'user:default/lena.kraus',
      activity: 'go-no-go',
      as: 'accountable',
      environment: 'prod',
    });
    expect(result).toEqual({
      allowed: false,
      reason:
        "user:default/lena.kraus is not accountable for 'Go/no-go decision' in prod",
      matches: [],
    });
  });

  it('lists three letters as a sentence', () => {
    expect(
      mayActAs(raci, {
        user: 'user:development/guest',
        activity: 'go-no-go',
        as: ['responsible', 'accountable', 'consulted'],
        environment: 'prod',
      }).reason,
    ).toMatch(
      /^user:development\/guest is not responsible, accountable or consulted for 'Go\/no-go decision' in prod/,
    );
  });

  it('refuses for an unknown activity, another environment, an invalid ref or no letter', () => {
    const base = {
      user: 'user:default/jonas.weber',
      activity: 'go-no-go',
      as: 'accountable' as const,
      environment: 'prod',
    };
    expect(mayActAs(raci, { ...base, activity: 'rollback' }).reason).toBe(
      "Unknown activity 'rollback'; configured activities: go-no-go",
    );
    expect(mayActAs(raci, { ...base, environment: 'stage' }).reason).toBe(
      "The RACI matrix is for 'prod', not for 'stage'",
    );
    expect(mayActAs(raci, { ...base, user: '' }).allowed).toBe(false);
    expect(mayActAs(raci, { ...base, as: [] }).allowed).toBe(false);
  });

  it('never allows when the people could not be resolved', () => {
    const unavailable: RaciResponse = {
      ...raci,
      source: {
        name: 'catalog',
        status: 'unavailable',
        error: { type: 'TIMEOUT', message: 'No answer within 5000 ms' },
      },
    };
    expect(
      mayActAs(unavailable, {
        user: 'user:default/jonas.weber',
        activity: 'go-no-go',
        as: 'accountable',
        environment: 'prod',
      }),
    ).toEqual({
      allowed: false,
      reason:
        "The RACI roles of 'prod' cannot be resolved right now (No answer within 5000 ms)",
      matches: [],
    });
  });
});
