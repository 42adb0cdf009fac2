import type {
  DecisionResponse,
  DecisionState,
} from '@release-readiness/plugin-release-readiness-common';
import { prodReadiness } from '../../../__fixtures__/prodReadiness';

/** A decision response of Servanda as `GET /decisions/:id` and the list give it. */
export function decisionResponse(options: {
  id: string;
  environment?: string;
  version?: string;
  requestedAt?: string;
  state?: Partial<DecisionState>;
}): DecisionResponse {
  const requestedAt = options.requestedAt ?? '2026-03-26T09:00:00.000Z';
  return {
    decision: {
      id: options.id,
      system: 'servanda',
      environment: options.environment ?? 'prod',
      version: options.version ?? '1.5.0',
      changeType: 'standard',
      risk: 'normal',
      plannedAt: '2026-03-31T18:30:00.000Z',
      reason: 'Quarterly release',
      requester: 'user:default/lena',
      requestedAt,
      expiresAt: '2026-03-27T09:00:00.000Z',
      evidence: prodReadiness,
      votes: [],
      waivers: [],
    },
    state: {
      status: 'open',
      reason: 'Waiting for Product Owner (Jonas Weber)',
      approvals: [],
      blocking: [],
      noGo: [],
      ...options.state,
    },
  };
}
