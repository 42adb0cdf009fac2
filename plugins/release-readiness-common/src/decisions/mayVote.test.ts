import { DEFAULT_DECISION_POLICY } from './defaultDecisionPolicy';
import { mayVote } from './mayVote';
import {
  NOON,
  record,
  servandaProdDecisions,
  vote,
} from './__fixtures__/decisions';
import {
  anna,
  eva,
  jonas,
  lena,
  max,
  prodRaci,
  sophie,
  tom,
} from './__fixtures__/prodRaci';

const open = record({ votes: [vote(lena, 'go')] });

describe('mayVote', () => {
  it.each([
    [
      jonas.displayName,
      jonas,
      ['product-owner'],
      'a go can fill the approval of Product Owner',
    ],
    [
      tom.displayName,
      tom,
      ['on-call'],
      'may vote (a no-go decides, a go fills no approval)',
    ],
    [
      sophie.displayName,
      sophie,
      ['qa'],
      'may vote (a no-go decides, a go fills no approval)',
    ],
  ])('lets an eligible voter vote: %s', (_name, person, roles, reason) => {
    const answer = mayVote(open, DEFAULT_DECISION_POLICY, prodRaci, {
      user: person.entityRef,
      now: NOON,
    });
    expect(answer.allowed).toBe(true);
    expect(answer.roles).toEqual(roles);
    expect(answer.reason).toContain(reason);
  });

  it.each([
    max,
    eva,
    { entityRef: 'user:development/guest', displayName: 'Guest' },
  ])(
    'refuses a non-voter, naming who may vote by role title: $displayName',
    person => {
      const answer = mayVote(open, DEFAULT_DECISION_POLICY, prodRaci, {
        user: person.entityRef,
        now: NOON,
      });
      expect(answer).toEqual({
        allowed: false,
        refusal: 'not-eligible',
        roles: [],
        reason: expect.stringMatching(
          /; only Release Captain, Product Owner, On-Call or QA may vote on this decision$/,
        ),
      });
    },
  );

  it('lets the people of an extra approval vote (the Tech Lead in Servanda prod)', () => {
    const user = anna.entityRef;
    expect(
      mayVote(open, DEFAULT_DECISION_POLICY, prodRaci, { user, now: NOON })
        .allowed,
    ).toBe(false);
    const answer = mayVote(open, servandaProdDecisions, prodRaci, {
      user,
      now: NOON,
    });
    expect(answer.allowed).toBe(true);
    expect(answer.roles).toEqual(['tech-lead']);
  });

  it('refuses a second vote, saying when and what', () => {
    const answer = mayVote(open, DEFAULT_DECISION_POLICY, prodRaci, {
      user: 'user:default/Lena.Kraus',
      now: NOON,
    });
    expect(answer).toEqual({
      allowed: false,
      refusal: 'already-voted',
      roles: [],
      reason:
        'user:default/lena.kraus already voted go at Tue 24 Mar 11:00 UTC; a decision takes one vote per person',
    });
  });

  it.each([
    ['no-go', record({ votes: [vote(jonas, 'no-go')] }), NOON],
    ['go', record({ votes: [vote(lena, 'go'), vote(jonas, 'go')] }), NOON],
    ['expired', open, '2026-03-25T10:00:00Z'],
  ])(
    'refuses votes on a decision that is %s, naming its status',
    (status, decision, now) => {
      const answer = mayVote(decision, DEFAULT_DECISION_POLICY, prodRaci, {
        user: sophie.entityRef,
        now,
      });
      expect(answer.allowed).toBe(false);
      expect(answer.refusal).toBe('not-open');
      expect(answer.reason).toMatch(
        new RegExp(`^The decision is ${status}, so it takes no more votes: `),
      );
    },
  );

  it('refuses when the matrix is for another environment', () => {
    const answer = mayVote(
      open,
      DEFAULT_DECISION_POLICY,
      { ...prodRaci, environment: 'stage' },
      { user: jonas.entityRef, now: NOON },
    );
    expect(answer.allowed).toBe(false);
    expect(answer.reason).toContain(
      "The RACI matrix is for 'stage', not for 'prod'",
    );
  });
});
