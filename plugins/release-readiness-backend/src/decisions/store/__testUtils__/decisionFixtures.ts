import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import type {
  DecisionRecord,
  DecisionVote,
  ReadinessEvaluation,
} from '@release-readiness/plugin-release-readiness-common';
import { randomUUID } from 'node:crypto';
import { DatabaseDecisionStore } from '../DatabaseDecisionStore';

/** The events table, as the tests read it directly. */
export const TABLE = 'release_readiness_decision_events';

/** A clock (milliseconds) that advances one second per reading, from `start`. */
export function steppingClock(start: string): () => number {
  let next = Date.parse(start);
  return () => {
    const now = next;
    next += 1000;
    return now;
  };
}

/** Readiness evidence as a request pins it: one enforced failing item, one passing. */
export function evidenceAt(at: string): ReadinessEvaluation {
  return {
    verdict: 'blocked',
    reasons: [
      {
        itemId: 'restore-test',
        status: 'fail',
        enforcement: 'block',
        text: 'The last restore test is 40 days old (at most 30)',
      },
    ],
    items: [
      {
        id: 'restore-test',
        kind: 'restore-test-age',
        title: 'Restore test',
        status: 'fail',
        reason: 'The last restore test is 40 days old (at most 30)',
        evidence: [
          { label: 'Last restore test', value: '2026-10-22', status: 'fail' },
        ],
        source: { name: 'velero:servanda-prod', fetchedAt: at, status: 'ok' },
        enforcement: 'block',
      },
      {
        id: 'staging',
        kind: 'gate',
        title: 'Staging gate',
        status: 'pass',
        reason: '2 of 2 checks passed',
        evidence: [],
        source: { name: 'github:servanda', fetchedAt: at, status: 'ok' },
        enforcement: 'block',
        gate: { passed: 2, required: 2, total: 2, source: 'ci' },
      },
    ],
    nextWindow: null,
    at,
    changeType: 'standard',
    risk: 'normal',
    changeTypes: ['standard', 'emergency'],
  };
}

/** A request record as the caller builds it (its own id and times). */
export function requestRecord(
  over: Partial<Omit<DecisionRecord, 'votes' | 'waivers' | 'outcome'>> = {},
): Omit<DecisionRecord, 'votes' | 'waivers' | 'outcome'> {
  return {
    id: randomUUID(),
    system: 'servanda',
    environment: 'prod',
    version: '1.4.2',
    digest: 'sha256:4f1c0a9e',
    ref: 'v1.4.2',
    changeType: 'standard',
    risk: 'normal',
    plannedAt: '2026-12-01T16:00:00.000Z',
    reason: 'Release 1.4.2 with the new invoice export',
    requester: 'user:default/lena.kraus',
    requestedAt: '2026-12-01T09:00:00.000Z',
    expiresAt: '2026-12-02T09:00:00.000Z',
    evidence: evidenceAt('2026-12-01T08:59:30.000Z'),
    ...over,
  };
}

/** A vote; its `at` is deliberately far from the store's clock. */
export function voteBy(
  voter: string,
  over: Partial<DecisionVote> = {},
): DecisionVote {
  return {
    voter,
    roles: ['release-captain'],
    vote: 'go',
    reason: 'Evidence reviewed in the go/no-go meeting',
    at: '1999-01-01T00:00:00.000Z',
    ...over,
  };
}

/** A fresh database of the given kind and a store on it (migrations run). */
export async function createStore(
  databases: TestDatabases,
  id: Parameters<TestDatabases['init']>[0],
  now: () => number = steppingClock('2026-12-01T10:00:00.000Z'),
) {
  const knex = await databases.init(id);
  const store = await DatabaseDecisionStore.create({
    database: mockServices.database({ knex, migrations: { skip: false } }),
    now,
  });
  return { knex, store };
}
