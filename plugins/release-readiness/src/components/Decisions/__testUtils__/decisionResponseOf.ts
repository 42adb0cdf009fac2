import type {
  DecisionRecord,
  DecisionResponse,
  DecisionState,
  ReadinessItem,
} from '@release-readiness/plugin-release-readiness-common';

const item = (
  id: string,
  title: string,
  status: ReadinessItem['status'],
  reason: string,
  fetchedAt?: string,
): ReadinessItem => ({
  id,
  kind: 'gate',
  title,
  status,
  reason,
  evidence: [],
  source: {
    name: `source-of-${id}`,
    status: 'ok',
    ...(fetchedAt && { fetchedAt }),
  },
  enforcement: 'block',
});

/**
 * A decision on Servanda `prod` 1.4.2 as the backend answers it, requested by Lena at
 * 2026-03-24T08:00Z, with two blocking items in the pinned evidence (a failed restore test and an
 * unknown incident source) and three approvals; `state` and the rest are the test's input.
 */
export function decisionResponseOf(
  state: DecisionState,
  rest: Omit<Partial<DecisionResponse>, 'state' | 'decision'> & {
    decision?: Partial<DecisionRecord>;
  } = {},
): DecisionResponse {
  const { decision, ...others } = rest;
  return {
    decision: {
      id: 'dec-1',
      system: 'servanda',
      environment: 'prod',
      version: '1.4.2',
      changeType: 'standard',
      risk: 'normal',
      plannedAt: '2026-03-24T18:00:00.000Z',
      reason: 'Quarterly release',
      requester: 'user:default/lena.kraus',
      requestedAt: '2026-03-24T08:00:00.000Z',
      expiresAt: '2026-03-25T08:00:00.000Z',
      evidence: {
        verdict: 'blocked',
        reasons: [],
        items: [
          item(
            'release-gate',
            'Release gate',
            'pass',
            '5/5 checks passed',
            '2026-03-24T07:59:00.000Z',
          ),
          item(
            'restore-test',
            'Restore test',
            'fail',
            'Last restore test failed on 2026-03-20',
            '2026-03-24T07:58:00.000Z',
          ),
          item(
            'incident-free',
            'No open P0–P2 incident',
            'unknown',
            'No incident source is configured',
          ),
        ],
        nextWindow: null,
        at: '2026-03-24T08:00:00.000Z',
        changeType: 'standard',
        risk: 'normal',
        changeTypes: ['standard'],
      },
      votes: [],
      waivers: [],
      ...decision,
    },
    state,
    changes: [],
    ...others,
  };
}
