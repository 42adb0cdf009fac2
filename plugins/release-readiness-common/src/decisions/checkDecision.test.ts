import { checkDecision } from './checkDecision';
import { DEFAULT_DECISION_POLICY } from './defaultDecisionPolicy';
import { evaluateDecision } from './evaluateDecision';
import { NOON, record, vote } from './__fixtures__/decisions';
import { jonas, lena, prodRaci } from './__fixtures__/prodRaci';
import type { DecisionRecord } from './types';

const approved = [vote(lena, 'go'), vote(jonas, 'go')];

const judged = (r: DecisionRecord, now = NOON) => ({
  record: r,
  state: evaluateDecision(r, DEFAULT_DECISION_POLICY, prodRaci, { now }),
});

const go142 = record({ id: 'd-142', version: '1.4.2', votes: approved });
const go141 = record({
  id: 'd-141',
  version: '1.4.1',
  votes: approved,
  requestedAt: '2026-03-24T09:00:00Z',
});

const check = (
  decisions: ReturnType<typeof judged>[],
  version = '1.4.2',
  now = NOON,
  environment = 'prod',
) => checkDecision(decisions, { environment, version, now });

describe('checkDecision', () => {
  it('answers go with the expiry for the version that has a go', () => {
    expect(check([judged(go141), judged(go142)])).toEqual({
      go: true,
      decisionId: 'd-142',
      expiresAt: '2026-03-25T10:00:00Z',
      reason:
        'Decision d-142 for version 1.4.2 in prod: Go until Wed 25 Mar 10:00 UTC: approved by Lena Kraus (Release Captain) and Jonas Weber (Product Owner)',
    });
  });

  it('never answers go for another version (a go is bound to its version)', () => {
    expect(check([judged(go141)])).toEqual({
      go: false,
      reason:
        'No go/no-go decision was requested for version 1.4.2 in prod; a go exists for version 1.4.1 (decision d-141), but version 1.4.2 needs a decision of its own',
    });
    expect(check([judged(go141)], '1.4.1').go).toBe(true);
    expect(check([judged(go142)], '1.4.2-rc1').go).toBe(false);
  });

  it('says when nothing was requested', () => {
    expect(check([])).toEqual({
      go: false,
      reason: 'No go/no-go decision was requested for version 1.4.2 in prod',
    });
  });

  it('ignores decisions of other environments', () => {
    expect(check([judged({ ...go142, environment: 'stage' })]).go).toBe(false);
    expect(check([judged(go142)], '1.4.2', NOON, 'stage').go).toBe(false);
  });

  it('follows the newest decision for the version, not an older go', () => {
    const newer = record({
      id: 'd-142b',
      requestedAt: '2026-03-24T11:30:00Z',
      votes: [vote(lena, 'go')],
    });
    expect(check([judged(go142), judged(newer)])).toEqual({
      go: false,
      decisionId: 'd-142b',
      reason:
        'Decision d-142b for version 1.4.2 in prod is not go: Waiting for Product Owner (Jonas Weber or Mia Roth)',
    });
  });

  it.each([
    [
      'a no-go',
      record({ votes: [vote(jonas, 'no-go')] }),
      NOON,
      'is not go: No-go by Jonas Weber: no-go from user:default/jonas.weber',
    ],
    [
      'an expired go',
      go142,
      '2026-03-25T10:00:00Z',
      'is not go: The go expired at Wed 25 Mar 10:00 UTC: deploying needs a new decision',
    ],
    [
      'an invalidated decision',
      record({
        votes: approved,
        outcome: {
          status: 'invalidated',
          reason: 'Backup turned from pass to fail',
          at: NOON,
        },
      }),
      NOON,
      'is not go: Invalidated at Tue 24 Mar 12:00 UTC: Backup turned from pass to fail',
    ],
  ])('explains %s', (_what, r, now, reason) => {
    const answer = check([judged(r, now)], '1.4.2', now);
    expect(answer.go).toBe(false);
    expect(answer.reason).toBe(
      `Decision ${r.id} for version 1.4.2 in prod ${reason}`,
    );
  });

  it('is not go for a go state judged earlier once now reaches the expiry', () => {
    const early = judged(go142, NOON);
    expect(early.state.status).toBe('go');
    expect(check([early], '1.4.2', '2026-03-25T10:00:00Z')).toEqual({
      go: false,
      decisionId: 'd-142',
      reason:
        'Decision d-142 for version 1.4.2 in prod is not go: The go expired at Wed 25 Mar 10:00 UTC',
    });
  });
});
