import { DEFAULT_DECISION_POLICY } from './defaultDecisionPolicy';
import { evaluateDecision } from './evaluateDecision';
import {
  blockedEvidence,
  item,
  NOON,
  readyEvidence,
  record,
  vote,
  waiver,
} from './__fixtures__/decisions';
import { jonas, lena, max, prodRaci, sophie } from './__fixtures__/prodRaci';
import type { DecisionRecord } from './types';

const approved = [vote(lena, 'go'), vote(jonas, 'go')];

const judge = (
  overrides: Partial<DecisionRecord>,
  now = NOON,
  live?: typeof readyEvidence,
) =>
  evaluateDecision(record(overrides), DEFAULT_DECISION_POLICY, prodRaci, {
    now,
    ...(live && { live }),
  });

/** The live evidence with one item replaced. */
const liveWith = (id: string, status: 'pass' | 'fail' | 'unknown') => ({
  ...readyEvidence,
  items: readyEvidence.items.map(i =>
    i.id === id ? item(i.id, i.title, status, `now ${status}`) : i,
  ),
});

describe('evaluateDecision: no-go', () => {
  it('lets a no-go by an eligible voter win even after the go votes', () => {
    const noGo = {
      ...vote(sophie, 'no-go'),
      reason: 'Smoke tests\nflaky on stage',
    };
    const state = judge({ votes: [...approved, noGo] });
    expect(state.status).toBe('no-go');
    expect(state.reason).toBe(
      'No-go by Sophie Lang: Smoke tests flaky on stage',
    );
    expect(state.noGo).toEqual([noGo]);
    expect(state.approvals.every(a => a.candidates.length === 0)).toBe(true);
  });

  it('names every no-go voter', () => {
    const state = judge({
      votes: [vote(jonas, 'no-go'), vote(sophie, 'no-go')],
    });
    expect(state.reason).toBe(
      'No-go by Jonas Weber and Sophie Lang: no-go from user:default/jonas.weber',
    );
  });

  it('keeps a recorded no-go', () => {
    const state = judge({
      votes: approved,
      outcome: { status: 'no-go', reason: 'Rejected in the meeting', at: NOON },
    });
    expect(state.status).toBe('no-go');
  });
});

describe('evaluateDecision: expiry', () => {
  it.each([
    ['before', '2026-03-25T09:59:59Z', 'go'],
    ['at', '2026-03-25T10:00:00Z', 'expired'],
    ['after', '2026-03-26T10:00:00Z', 'expired'],
  ])('a go %s expiresAt is %s', (_when, now, status) => {
    expect(judge({ votes: approved }, now).status).toBe(status);
  });

  it('says that a go expired', () => {
    expect(judge({ votes: approved }, '2026-03-25T10:00:00Z').reason).toBe(
      'The go expired at Wed 25 Mar 10:00 UTC: deploying needs a new decision',
    );
  });

  it('says that a waived go expired (its waivers lapse with it)', () => {
    const state = judge(
      {
        evidence: blockedEvidence,
        votes: approved,
        waivers: [waiver('backup', jonas), waiver('restore-test', jonas)],
      },
      '2026-03-25T11:00:00Z',
    );
    expect(state.status).toBe('expired');
    expect(state.reason).toBe(
      'The go expired at Wed 25 Mar 10:00 UTC: deploying needs a new decision',
    );
  });

  it('says what was missing when it expired undecided', () => {
    const state = judge({ votes: [vote(lena, 'go')] }, '2026-03-25T10:00:00Z');
    expect(state.status).toBe('expired');
    expect(state.reason).toBe(
      'Expired at Wed 25 Mar 10:00 UTC without a go (Waiting for Product Owner (Jonas Weber or Mia Roth))',
    );
    expect(state.approvals[1].candidates).toEqual([]);
  });

  it('treats an unreadable expiry as expired', () => {
    expect(judge({ votes: approved, expiresAt: 'soon' }).status).toBe(
      'expired',
    );
  });

  it('rejects an invalid now', () => {
    expect(() => judge({}, 'yesterday')).toThrow("Invalid time 'yesterday'");
  });
});

describe('evaluateDecision: invalidation', () => {
  it('invalidates when an item that passed fails before the planned time', () => {
    const state = judge({ votes: approved }, NOON, liveWith('backup', 'fail'));
    expect(state.status).toBe('invalidated');
    expect(state.reason).toBe(
      'Invalidated: Backup younger than 24 h turned from pass to fail before the planned time; deploying needs a new decision',
    );
  });

  it.each([
    ['at the planned time', '2026-03-24T20:00:00Z'],
    ['after the planned time', '2026-03-24T21:00:00Z'],
  ])('does not invalidate %s', (_when, now) => {
    expect(
      judge({ votes: approved }, now, liveWith('backup', 'fail')).status,
    ).toBe('go');
  });

  it('does not invalidate when a passing item turns unknown (no proof of a failure)', () => {
    expect(
      judge({ votes: approved }, NOON, liveWith('backup', 'unknown')).status,
    ).toBe('go');
  });

  it('does not invalidate for an item that already failed when requested', () => {
    const live = { ...blockedEvidence };
    const state = judge(
      {
        evidence: blockedEvidence,
        votes: approved,
        waivers: [waiver('backup', jonas), waiver('restore-test', jonas)],
      },
      NOON,
      live,
    );
    expect(state.status).toBe('go');
  });

  it('keeps a recorded invalidation without live data', () => {
    const state = judge({
      votes: approved,
      outcome: {
        status: 'invalidated',
        reason: 'Backup turned from pass to fail',
        at: '2026-03-24T13:00:00Z',
      },
    });
    expect(state.status).toBe('invalidated');
    expect(state.reason).toBe(
      'Invalidated at Tue 24 Mar 13:00 UTC: Backup turned from pass to fail',
    );
  });

  it('does not invalidate a decision that is already no-go', () => {
    expect(
      judge({ votes: [vote(jonas, 'no-go')] }, NOON, liveWith('backup', 'fail'))
        .status,
    ).toBe('no-go');
  });

  it('does not count a go from someone outside every approval', () => {
    expect(judge({ votes: [vote(lena, 'go'), vote(max, 'go')] }).status).toBe(
      'open',
    );
  });
});
