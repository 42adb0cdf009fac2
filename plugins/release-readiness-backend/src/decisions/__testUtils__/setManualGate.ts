import { mockCredentials } from '@backstage/backend-test-utils';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { TestServer } from './decisionsApi';

/**
 * Sets prod's manual gate `staging` (check `smoke-tests`) through its route, as `user`; expects
 * the write to succeed (201).
 */
export async function setManualGate(
  server: TestServer,
  user: string,
  state: 'passed' | 'failed',
) {
  const res = await request(server)
    .post(
      '/api/release-readiness/environments/prod/gates/staging/checks/smoke-tests',
    )
    .set('Authorization', mockCredentials.user.header(user))
    .send({
      state,
      reason: `Smoke tests ${state}`,
      requestId: `smoke-${randomUUID()}`,
    });
  if (res.status !== 201) {
    throw new Error(`Could not set the manual gate: ${res.status} ${res.text}`);
  }
}
