import type {
  DecisionResponse,
  DecisionState,
} from '@release-readiness/plugin-release-readiness-common';

/**
 * A `DecisionResponse` as the backend would answer it, for a test server to send: an open
 * decision waiting for the Product Owner unless `state` says otherwise.
 */
export function decisionResponseOf(options: {
  id: string;
  system?: string;
  environment?: string;
  version?: string;
  state?: Partial<DecisionState>;
  you?: DecisionResponse['you'];
}): DecisionResponse {
  const now = '2026-12-03T10:00:00.000Z';
  return {
    decision: {
      id: options.id,
      system: options.system ?? 'servanda',
      environment: options.environment ?? 'prod',
      version: options.version ?? '1.4.2',
      changeType: 'standard',
      risk: 'normal',
      plannedAt: now,
      reason: 'Quarterly release',
      requester: 'user:default/lena.kraus',
      requestedAt: now,
      expiresAt: '2026-12-04T10:00:00.000Z',
      evidence: {
        verdict: 'ready',
        reasons: [],
        items: [],
        nextWindow: null,
        at: now,
        changeType: 'standard',
        risk: 'normal',
        changeTypes: ['standard'],
      },
      votes: [],
      waivers: [],
    },
    state: {
      status: 'open',
      reason: 'Waiting for Product Owner (Jonas Weber)',
      approvals: [
        {
          id: 'release-captain',
          title: 'Release Captain',
          filledBy: 'user:default/lena.kraus',
          candidates: [],
        },
        {
          id: 'product-owner',
          title: 'Product Owner',
          candidates: [
            {
              entityRef: 'user:default/jonas.weber',
              displayName: 'Jonas Weber',
            },
          ],
        },
      ],
      blocking: [],
      noGo: [],
      ...options.state,
    },
    ...(options.you && { you: options.you }),
  };
}
