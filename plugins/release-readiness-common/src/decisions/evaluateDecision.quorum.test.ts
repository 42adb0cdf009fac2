import type { RaciResponse } from '../people';
import { DEFAULT_DECISION_POLICY } from './defaultDecisionPolicy';
import { evaluateDecision } from './evaluateDecision';
import {
  NOON,
  record,
  servandaProdDecisions,
  vote,
} from './__fixtures__/decisions';
import {
  anna,
  jonas,
  lena,
  lenaAlsoOwnerRaci,
  mia,
  prodRaci,
  sophie,
  tom,
} from './__fixtures__/prodRaci';
import type { DecisionPolicy, DecisionVote } from './types';

const judge = (
  votes: DecisionVote[],
  policy: DecisionPolicy = DEFAULT_DECISION_POLICY,
  raci: RaciResponse = prodRaci,
  requester = lena.entityRef,
) =>
  evaluateDecision(record({ votes, requester }), policy, raci, { now: NOON });

const filled = (state: ReturnType<typeof judge>) =>
  Object.fromEntries(state.approvals.map(a => [a.id, a.filledBy ?? null]));

describe('evaluateDecision: quorum', () => {
  it.each([
    [
      'nobody voted',
      [],
      'Waiting for Release Captain (Lena Kraus) and Product Owner (Jonas Weber or Mia Roth)',
    ],
    [
      'only the Release Captain voted go',
      [vote(lena, 'go')],
      'Waiting for Product Owner (Jonas Weber or Mia Roth)',
    ],
    [
      'only the Product Owner voted go',
      [vote(jonas, 'go')],
      'Waiting for Release Captain (Lena Kraus)',
    ],
    [
      'two Product Owners voted go (they fill one approval)',
      [vote(jonas, 'go'), vote(mia, 'go')],
      'Waiting for Release Captain (Lena Kraus)',
    ],
    [
      'the Release Captain and the Consulted voted go (C fills no approval)',
      [vote(lena, 'go'), vote(tom, 'go'), vote(sophie, 'go')],
      'Waiting for Product Owner (Jonas Weber or Mia Roth)',
    ],
  ])('is open when %s', (_what, votes, reason) => {
    const state = judge(votes);
    expect(state.status).toBe('open');
    expect(state.reason).toBe(reason);
  });

  it('is go with the Release Captain (R) and a Product Owner (A)', () => {
    const state = judge([vote(lena, 'go'), vote(mia, 'go')]);
    expect(state.status).toBe('go');
    expect(state.reason).toBe(
      'Go until Wed 25 Mar 10:00 UTC: approved by Lena Kraus (Release Captain) and Mia Roth (Product Owner)',
    );
    expect(filled(state)).toEqual({
      'release-captain': lena.entityRef,
      'product-owner': mia.entityRef,
    });
    expect(state.approvals.every(a => a.candidates.length === 0)).toBe(true);
  });

  it('lists who could still give a missing approval, without those who voted', () => {
    const open = judge([vote(lena, 'go'), vote(tom, 'go')]);
    expect(open.approvals).toEqual([
      {
        id: 'release-captain',
        title: 'Release Captain',
        filledBy: lena.entityRef,
        candidates: [],
      },
      {
        id: 'product-owner',
        title: 'Product Owner',
        candidates: [jonas, mia],
      },
    ]);
  });

  it('needs the Tech Lead too in Servanda prod (R + A + Tech Lead)', () => {
    const ra = judge(
      [vote(lena, 'go'), vote(jonas, 'go')],
      servandaProdDecisions,
    );
    expect(ra.status).toBe('open');
    expect(ra.reason).toBe('Waiting for Tech Lead (Anna Schmidt)');
    const all = judge(
      [vote(lena, 'go'), vote(jonas, 'go'), vote(anna, 'go')],
      servandaProdDecisions,
    );
    expect(all.status).toBe('go');
    expect(filled(all)['tech-lead']).toBe(anna.entityRef);
  });

  it('counts one vote per person, however the ref is spelt', () => {
    const twice = judge(
      [vote(lena, 'go'), { ...vote(lena, 'go'), voter: 'LENA.KRAUS' }],
      DEFAULT_DECISION_POLICY,
      lenaAlsoOwnerRaci,
      jonas.entityRef,
    );
    expect(twice.status).toBe('open');
    expect(twice.approvals.filter(a => a.filledBy)).toHaveLength(1);
  });

  it('never counts go votes when the RACI people cannot be resolved', () => {
    const unavailable: RaciResponse = {
      ...prodRaci,
      source: {
        name: 'catalog',
        status: 'unavailable',
        error: { type: 'TIMEOUT', message: 'catalog timed out' },
      },
    };
    const state = judge(
      [vote(lena, 'go'), vote(jonas, 'go')],
      DEFAULT_DECISION_POLICY,
      unavailable,
    );
    expect(state.status).toBe('open');
    expect(state.reason).toBe(
      "Cannot judge the votes: The RACI roles of 'prod' cannot be resolved right now (catalog timed out)",
    );
    expect(state.approvals.every(a => a.filledBy === undefined)).toBe(true);
  });

  it('never counts go votes judged against another environment’s matrix', () => {
    const state = judge(
      [vote(lena, 'go'), vote(jonas, 'go')],
      DEFAULT_DECISION_POLICY,
      {
        ...prodRaci,
        environment: 'stage',
      },
    );
    expect(state.status).toBe('open');
    expect(state.reason).toContain(
      "The RACI matrix is for 'stage', not for 'prod'",
    );
  });

  it('is never go for a policy without approvals', () => {
    const state = judge([vote(lena, 'go')], {
      ...DEFAULT_DECISION_POLICY,
      approvals: [],
      fourEyes: false,
    });
    expect(state.status).toBe('open');
    expect(state.reason).toBe(
      'The decision policy names no approval, so nothing proves a go',
    );
  });
});

describe('evaluateDecision: one person in two roles', () => {
  it('fills one approval only', () => {
    const state = judge(
      [vote(lena, 'go')],
      DEFAULT_DECISION_POLICY,
      lenaAlsoOwnerRaci,
      jonas.entityRef,
    );
    expect(state.status).toBe('open');
    expect(
      state.approvals.filter(a => a.filledBy).map(a => a.filledBy),
    ).toEqual([lena.entityRef]);
  });

  it('moves to the approval nobody else can fill, so that both are filled', () => {
    // Lena (RC and PO) votes first and could take the first approval, Product Owner; Jonas
    // (PO only) can fill nothing else, so Lena must be the Release Captain
    const ownerFirst: DecisionPolicy = {
      ...DEFAULT_DECISION_POLICY,
      approvals: [...DEFAULT_DECISION_POLICY.approvals].reverse(),
    };
    const state = judge(
      [vote(lena, 'go'), vote(jonas, 'go')],
      ownerFirst,
      lenaAlsoOwnerRaci,
      mia.entityRef,
    );
    expect(state.status).toBe('go');
    expect(filled(state)).toEqual({
      'release-captain': lena.entityRef,
      'product-owner': jonas.entityRef,
    });
  });
});

describe('evaluateDecision: four-eyes', () => {
  const ownerOnly: DecisionPolicy = {
    ...DEFAULT_DECISION_POLICY,
    approvals: [DEFAULT_DECISION_POLICY.approvals[1]],
  };

  it('is not go when the requester’s go is the only one', () => {
    const state = judge(
      [vote(jonas, 'go')],
      ownerOnly,
      prodRaci,
      jonas.entityRef,
    );
    expect(state.status).toBe('open');
    expect(state.reason).toBe(
      'Four-eyes: waiting for a go from someone other than the requester Jonas Weber (Mia Roth)',
    );
    expect(state.approvals[0].candidates).toEqual([mia]);
  });

  it('is go once someone else fills it, preferring them to the requester', () => {
    const state = judge(
      [vote(jonas, 'go'), vote(mia, 'go')],
      ownerOnly,
      prodRaci,
      jonas.entityRef,
    );
    expect(state.status).toBe('go');
    expect(state.approvals[0].filledBy).toBe(mia.entityRef);
  });

  it('lets the requester’s go fill the approval when four-eyes is off', () => {
    const state = judge(
      [vote(jonas, 'go')],
      { ...ownerOnly, fourEyes: false },
      prodRaci,
      jonas.entityRef,
    );
    expect(state.status).toBe('go');
  });

  it('does not offer the requester as a candidate of a single approval', () => {
    const state = judge([], ownerOnly, prodRaci, jonas.entityRef);
    expect(state.reason).toBe('Waiting for Product Owner (Mia Roth)');
  });

  it('lets a requester holding two roles fill one approval, never both', () => {
    const alone = judge(
      [vote(lena, 'go')],
      DEFAULT_DECISION_POLICY,
      lenaAlsoOwnerRaci,
      lena.entityRef,
    );
    expect(alone.status).toBe('open');
    expect(
      alone.approvals.filter(a => a.filledBy === lena.entityRef),
    ).toHaveLength(1);
    expect(alone.reason).toBe(
      'Waiting for Product Owner (Jonas Weber or Mia Roth)',
    );
    const withOwner = judge(
      [vote(lena, 'go'), vote(mia, 'go')],
      DEFAULT_DECISION_POLICY,
      lenaAlsoOwnerRaci,
      lena.entityRef,
    );
    expect(withOwner.status).toBe('go');
  });
});
