import { DEFAULT_DECISION_POLICY } from './defaultDecisionPolicy';
import { mayWaive } from './mayWaive';
import {
  blockedEvidence,
  NOON,
  readyEvidence,
  record,
  vote,
  waiver,
} from './__fixtures__/decisions';
import { jonas, lena, mia, prodRaci, sophie } from './__fixtures__/prodRaci';
import type { DecisionRecord } from './types';

const blocked = record({
  evidence: blockedEvidence,
  votes: [vote(lena, 'go')],
});

const ask = (
  decision: DecisionRecord,
  user: string,
  itemId: string,
  extra: { until?: string; now?: string } = {},
) =>
  mayWaive(decision, DEFAULT_DECISION_POLICY, prodRaci, {
    user,
    item: itemId,
    now: extra.now ?? NOON,
    ...(extra.until && { until: extra.until }),
  });

describe('mayWaive', () => {
  it.each([
    [jonas.entityRef, 'backup'],
    [mia.entityRef, 'restore-test'],
  ])('lets the Accountable %s waive %s', (user, itemId) => {
    const answer = ask(blocked, user, itemId);
    expect(answer.allowed).toBe(true);
    expect(answer.refusal).toBeUndefined();
  });

  it.each([lena.entityRef, sophie.entityRef, 'user:development/guest'])(
    'refuses a waiver by someone who is not Accountable: %s',
    user => {
      const answer = ask(blocked, user, 'backup');
      expect(answer.allowed).toBe(false);
      expect(answer.refusal).toBe('not-eligible');
      expect(answer.reason).toMatch(
        /; only Product Owner may waive readiness items$/,
      );
    },
  );

  it.each([
    ['an item that passed', 'release'],
    ['an advisory item', 'error-budget'],
    ['an unknown item id', 'nonsense'],
  ])('refuses %s, naming the blocking items', (_what, itemId) => {
    expect(ask(blocked, jonas.entityRef, itemId)).toEqual({
      allowed: false,
      refusal: 'not-blocking',
      reason: `'${itemId}' needs no waiver; the items that do: backup, restore-test`,
    });
  });

  it('says that nothing needs a waiver when nothing blocks', () => {
    expect(ask(record(), jonas.entityRef, 'backup').reason).toBe(
      "'backup' needs no waiver: no item of the evidence failed or was unknown",
    );
  });

  it('refuses a second waiver of the same item, even after the first lapsed', () => {
    const first = waiver('backup', mia, '2026-03-24T11:30:00Z');
    const answer = ask(
      { ...blocked, waivers: [first] },
      jonas.entityRef,
      'backup',
    );
    expect(answer).toEqual({
      allowed: false,
      refusal: 'already-waived',
      reason:
        "'backup' was already waived by Mia Roth at Tue 24 Mar 11:00 UTC (until Tue 24 Mar 11:30 UTC); an item is waived once per decision",
    });
  });

  it.each([
    ['no-go', { ...blocked, votes: [vote(jonas, 'no-go')] }, NOON],
    ['expired', blocked, '2026-03-25T10:00:00Z'],
  ])('refuses waivers on a decision that is %s', (status, decision, now) => {
    const answer = ask(decision, jonas.entityRef, 'backup', { now });
    expect(answer.refusal).toBe('not-open');
    expect(answer.reason).toMatch(new RegExp(`^The decision is ${status},`));
  });

  it.each([
    ['in the past', '2026-03-24T11:00:00Z', false],
    ['now', NOON, false],
    ['past the expiry', '2026-03-25T10:00:01Z', false],
    ['at the expiry', '2026-03-25T10:00:00Z', true],
    ['in an hour', '2026-03-24T13:00:00Z', true],
  ])('checks an until %s', (_what, until, allowed) => {
    const answer = ask(blocked, jonas.entityRef, 'backup', { until });
    expect(answer.allowed).toBe(allowed);
    expect(answer.refusal).toBe(allowed ? undefined : 'bad-until');
  });

  it('does not need a waiver decision for ready evidence', () => {
    expect(
      ask(record({ evidence: readyEvidence }), jonas.entityRef, 'backup')
        .allowed,
    ).toBe(false);
  });
});
