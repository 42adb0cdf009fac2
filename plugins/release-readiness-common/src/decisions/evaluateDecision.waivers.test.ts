import type { ReadinessEvaluation } from '../readiness';
import { DEFAULT_DECISION_POLICY } from './defaultDecisionPolicy';
import { evaluateDecision } from './evaluateDecision';
import {
  blockedEvidence,
  NOON,
  readyEvidence,
  record,
  vote,
  waiver,
} from './__fixtures__/decisions';
import { jonas, lena, mia, prodRaci } from './__fixtures__/prodRaci';
import type { DecisionWaiver } from './types';

const approved = [vote(lena, 'go'), vote(jonas, 'go')];

const judge = (
  waivers: DecisionWaiver[],
  now = NOON,
  evidence: ReadinessEvaluation = blockedEvidence,
) =>
  evaluateDecision(
    record({ evidence, votes: approved, waivers }),
    DEFAULT_DECISION_POLICY,
    prodRaci,
    { now },
  );

describe('evaluateDecision: waivers', () => {
  it('needs a waiver for every enforced item that failed AND every one that was unknown', () => {
    const state = judge([]);
    expect(state.status).toBe('open');
    expect(state.reason).toBe('2 items need a waiver: backup, restore-test');
    expect(state.blocking).toEqual([
      {
        item: 'backup',
        title: 'Backup younger than 24 h',
        status: 'fail',
        reason: 'Last backup 30 h ago',
      },
      {
        item: 'restore-test',
        title: 'Restore test',
        status: 'unknown',
        reason: 'No restore test found',
      },
    ]);
  });

  it.each([
    [
      'only the failed item',
      ['backup'],
      'open',
      '1 item needs a waiver: restore-test',
    ],
    [
      'only the unknown item',
      ['restore-test'],
      'open',
      '1 item needs a waiver: backup',
    ],
  ])('is still open when %s is waived', (_what, items, status, reason) => {
    const state = judge(items.map(i => waiver(i, jonas)));
    expect(state.status).toBe(status);
    expect(state.reason).toBe(reason);
  });

  it('is go when every blocking item is waived, and says so', () => {
    const waivers = [waiver('backup', jonas), waiver('restore-test', mia)];
    const state = judge(waivers);
    expect(state.status).toBe('go');
    expect(state.reason).toBe(
      'Go until Wed 25 Mar 10:00 UTC: approved by Lena Kraus (Release Captain) and Jonas Weber (Product Owner); waived: backup, restore-test',
    );
    expect(state.blocking.map(b => b.waiver)).toEqual(waivers);
  });

  it('needs no waiver for advisory items or items that pass', () => {
    expect(judge([]).blocking.map(b => b.item)).not.toContain('error-budget');
    expect(judge([], NOON, readyEvidence).status).toBe('go');
  });

  it.each([
    ['before its end', '2026-03-24T14:00:00Z', '2026-03-24T13:59:59Z', 'go'],
    ['at its end', '2026-03-24T14:00:00Z', '2026-03-24T14:00:00Z', 'open'],
    ['after its end', '2026-03-24T14:00:00Z', '2026-03-24T15:00:00Z', 'open'],
  ])('counts a waiver only %s (until > now)', (_what, until, now, status) => {
    const state = judge(
      [waiver('backup', jonas, until), waiver('restore-test', jonas)],
      now,
    );
    expect(state.status).toBe(status);
  });

  it('makes an item blocking again once its waiver lapsed, and says it cannot be renewed', () => {
    const lapsed = waiver('backup', jonas, '2026-03-24T14:00:00Z');
    const state = judge(
      [lapsed, waiver('restore-test', jonas)],
      '2026-03-24T15:00:00Z',
    );
    expect(state.status).toBe('open');
    expect(state.blocking[0]).toEqual(
      expect.objectContaining({ item: 'backup', lapsedWaiver: lapsed }),
    );
    expect(state.blocking[0].waiver).toBeUndefined();
    expect(state.reason).toBe(
      'the waiver of backup lapsed at Tue 24 Mar 14:00 UTC and cannot be renewed: a go needs a new decision',
    );
  });

  it('does not count a waiver whose author is not (or no longer) one of the waivers', () => {
    const byCaptain = waiver('backup', lena);
    const state = judge([byCaptain, waiver('restore-test', jonas)]);
    expect(state.status).toBe('open');
    expect(state.blocking[0].lapsedWaiver).toEqual(byCaptain);
    expect(state.reason).toContain(
      'no longer counts (Lena Kraus may no longer waive)',
    );
  });

  it('needs a waiver when the evidence has nothing enforced (nothing proves readiness)', () => {
    const nothing: ReadinessEvaluation = {
      ...readyEvidence,
      verdict: 'unknown',
      items: [],
      reasons: [
        {
          itemId: 'policy',
          status: 'unknown',
          enforcement: 'block',
          text: 'The readiness policy has no gates and no preconditions: nothing proves readiness',
        },
      ],
    };
    const state = judge([], NOON, nothing);
    expect(state.status).toBe('open');
    expect(state.blocking.map(b => [b.item, b.title])).toEqual([
      ['policy', 'Readiness policy'],
    ]);
    expect(judge([waiver('policy', jonas)], NOON, nothing).status).toBe('go');
  });
});
