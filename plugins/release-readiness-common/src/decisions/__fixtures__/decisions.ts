import type { ReadinessEvaluation, ReadinessItem } from '../../readiness';
import { DEFAULT_DECISION_POLICY } from '../defaultDecisionPolicy';
import type {
  DecisionPolicy,
  DecisionRecord,
  DecisionVote,
  DecisionWaiver,
} from '../types';

const ok = (fetchedAt = '2026-03-24T09:55:00Z') => ({
  name: 'kubernetes:servanda-prod',
  status: 'ok' as const,
  fetchedAt,
});

/** A readiness item as the evidence holds it. */
export function item(
  id: string,
  title: string,
  status: ReadinessItem['status'],
  reason: string,
  enforcement: ReadinessItem['enforcement'] = 'block',
): ReadinessItem {
  return {
    id,
    kind: 'gate',
    title,
    status,
    reason,
    evidence: [],
    source: ok(),
    enforcement,
  };
}

/** Evidence where every item passes. */
export const readyEvidence: ReadinessEvaluation = {
  verdict: 'ready',
  reasons: [],
  items: [
    item('release', 'Release gate', 'pass', '5 of 5 checks passed'),
    item('backup', 'Backup younger than 24 h', 'pass', 'Last backup 2 h ago'),
    item('restore-test', 'Restore test', 'pass', 'Restore test 3 days ago'),
  ],
  nextWindow: null,
  at: '2026-03-24T10:00:00Z',
  changeType: 'standard',
  risk: 'normal',
  changeTypes: ['standard'],
};

/** Evidence where the backup fails, the restore test is unknown and an advisory item warns. */
export const blockedEvidence: ReadinessEvaluation = {
  ...readyEvidence,
  verdict: 'blocked',
  items: [
    item('release', 'Release gate', 'pass', '5 of 5 checks passed'),
    item('backup', 'Backup younger than 24 h', 'fail', 'Last backup 30 h ago'),
    item('restore-test', 'Restore test', 'unknown', 'No restore test found'),
    item('error-budget', 'Error budget', 'warn', 'Advisory: 10 % left', 'warn'),
  ],
  reasons: [
    {
      itemId: 'backup',
      status: 'fail',
      enforcement: 'block',
      text: 'Backup younger than 24 h: Last backup 30 h ago',
    },
    {
      itemId: 'restore-test',
      status: 'unknown',
      enforcement: 'block',
      text: 'Restore test: No restore test found',
    },
    {
      itemId: 'error-budget',
      status: 'warn',
      enforcement: 'warn',
      text: 'Error budget: Advisory: 10 % left',
    },
  ],
};

/** The Servanda prod policy: the defaults plus the Tech Lead's approval (001 §1). */
export const servandaProdDecisions: DecisionPolicy = {
  ...DEFAULT_DECISION_POLICY,
  approvals: [
    ...DEFAULT_DECISION_POLICY.approvals,
    { id: 'tech-lead', title: 'Tech Lead', who: { roles: ['tech-lead'] } },
  ],
};

/** A decision requested by Lena on Tue 24 Mar 10:00 UTC, planned at 20:00, expiring after 24 h. */
export function record(
  overrides: Partial<DecisionRecord> = {},
): DecisionRecord {
  return {
    id: 'd-1',
    system: 'servanda',
    environment: 'prod',
    version: '1.4.2',
    changeType: 'standard',
    risk: 'normal',
    plannedAt: '2026-03-24T20:00:00Z',
    reason: 'Release 1.4.2',
    requester: 'user:default/lena.kraus',
    requestedAt: '2026-03-24T10:00:00Z',
    expiresAt: '2026-03-25T10:00:00Z',
    evidence: readyEvidence,
    votes: [],
    waivers: [],
    ...overrides,
  };
}

/** A vote at 11:00 (or `at`). */
export function vote(
  voter: { entityRef: string },
  choice: DecisionVote['vote'],
  at = '2026-03-24T11:00:00Z',
): DecisionVote {
  return {
    voter: voter.entityRef,
    roles: [],
    vote: choice,
    reason: `${choice} from ${voter.entityRef}`,
    at,
  };
}

/** A waiver made at 11:00, counting until `until`. */
export function waiver(
  itemId: string,
  by: { entityRef: string },
  until = '2026-03-25T10:00:00Z',
): DecisionWaiver {
  return {
    item: itemId,
    reason: `accepted by ${by.entityRef}`,
    by: by.entityRef,
    until,
    at: '2026-03-24T11:00:00Z',
  };
}

/** Before the planned time and the expiry. */
export const NOON = '2026-03-24T12:00:00Z';
