import type { RaciResponse } from '../people';
import { approvalsOf } from './approvalsOf';
import { decisionParticipants } from './decisionParticipants';
import { DEFAULT_DECISION_POLICY } from './defaultDecisionPolicy';
import { servandaProdDecisions } from './__fixtures__/decisions';
import {
  anna,
  eva,
  jonas,
  lena,
  lenaAlsoOwnerRaci,
  max,
  mia,
  prodRaci,
  sophie,
  tom,
} from './__fixtures__/prodRaci';

const refs = (people: readonly { entityRef: string }[]) =>
  people.map(p => p.entityRef);

describe('decisionParticipants', () => {
  it.each([
    ['waivers', DEFAULT_DECISION_POLICY.waivers, [jonas, mia]],
    ['requesters', DEFAULT_DECISION_POLICY.requesters, [lena, jonas, mia]],
    ['a role', { roles: ['tech-lead'] }, [anna]],
    ['an unknown role', { roles: ['cto'] }, []],
    [
      'an unknown activity',
      { activity: 'rollback', as: ['responsible' as const] },
      [],
    ],
  ])('resolves %s', (_what, who, people) => {
    expect(
      refs(decisionParticipants(DEFAULT_DECISION_POLICY, prodRaci, who)),
    ).toEqual(refs(people));
  });

  it.each([
    ['approvers', DEFAULT_DECISION_POLICY, [lena, jonas, mia]],
    ['approvers', servandaProdDecisions, [lena, jonas, mia, anna]],
    ['voters', DEFAULT_DECISION_POLICY, [lena, jonas, mia, tom, sophie]],
    ['voters', servandaProdDecisions, [lena, jonas, mia, tom, sophie, anna]],
    ['informed', DEFAULT_DECISION_POLICY, [max, eva]],
  ] as const)('resolves the %s of a policy', (audience, policy, people) => {
    expect(refs(decisionParticipants(policy, prodRaci, audience))).toEqual(
      refs(people),
    );
  });

  it('names a person once, with every role that puts them there', () => {
    const people = decisionParticipants(
      DEFAULT_DECISION_POLICY,
      lenaAlsoOwnerRaci,
      'voters',
    );
    expect(people.filter(p => p.entityRef === lena.entityRef)).toEqual([
      { ...lena, roles: ['release-captain', 'product-owner'] },
    ]);
  });

  it('names the roles of people named by role', () => {
    expect(
      decisionParticipants(DEFAULT_DECISION_POLICY, prodRaci, {
        roles: ['qa', 'tech-lead'],
      }).map(p => [p.displayName, p.roles]),
    ).toEqual([
      ['Sophie Lang', ['qa']],
      ['Anna Schmidt', ['tech-lead']],
    ]);
  });

  it('names nobody when the people cannot be resolved', () => {
    const unavailable: RaciResponse = {
      ...prodRaci,
      source: { name: 'catalog', status: 'unavailable' },
    };
    expect(
      decisionParticipants(DEFAULT_DECISION_POLICY, unavailable, 'voters'),
    ).toEqual([]);
  });
});

describe('approvalsOf', () => {
  it.each([
    [prodRaci, lena.entityRef, DEFAULT_DECISION_POLICY, ['release-captain']],
    [prodRaci, mia.entityRef, DEFAULT_DECISION_POLICY, ['product-owner']],
    [prodRaci, sophie.entityRef, DEFAULT_DECISION_POLICY, []],
    [prodRaci, anna.entityRef, DEFAULT_DECISION_POLICY, []],
    [prodRaci, anna.entityRef, servandaProdDecisions, ['tech-lead']],
    [
      lenaAlsoOwnerRaci,
      lena.entityRef,
      DEFAULT_DECISION_POLICY,
      ['release-captain', 'product-owner'],
    ],
    [prodRaci, 'not a ref:', DEFAULT_DECISION_POLICY, []],
  ])('%#: lists the approvals a go could fill', (raci, user, policy, ids) => {
    expect(approvalsOf(policy, raci, user)).toEqual(ids);
  });
});
