import type { RollbackRecord } from '@release-readiness/plugin-release-readiness-common';
import { randomUUID } from 'node:crypto';
import {
  type TestServer,
  userRequests,
} from '../../__testUtils__/userRequests';

/**
 * The default system's own prefix, as a portal with several systems calls the rollback routes
 * (the routes without it serve the default system too: `rollbackRecords.test.ts`).
 */
export const SYSTEM = '/systems/default';

/** The reason every test rollback gives unless it says otherwise. */
export const REASON = 'Error rate above 5 % since the 1.4.2 rollout';

/**
 * The rollback routes of the default system, called as a user (mock user tokens). Every response
 * body is kept in `bodies`.
 */
export function rollbacksApi(server: TestServer, bodies: string[] = []) {
  const { post, get } = userRequests(server, bodies);
  const record = async (user: string, id: string): Promise<RollbackRecord> => {
    const res = await get(user, `${SYSTEM}/rollbacks/${id}`);
    if (res.status !== 200) {
      throw new Error(`GET /rollbacks/${id}: ${res.status} ${res.text}`);
    }
    return res.body;
  };

  return {
    bodies,
    post,
    get,
    /** `POST /rollbacks` of prod's Deployment servanda-api (override any field; `undefined` drops it). */
    rollBack: (user: string, body: Record<string, unknown> = {}) =>
      post(user, `${SYSTEM}/rollbacks`, {
        environment: 'prod',
        kind: 'Deployment',
        name: 'servanda-api',
        dryRun: false,
        reason: REASON,
        requestId: `rollback-${randomUUID()}`,
        ...body,
      }),
    revisions: (
      user: string,
      path = 'prod/workloads/Deployment/servanda-api',
    ) => get(user, `/environments/${path}/revisions`),
    list: (user: string, query = '') =>
      get(user, `${SYSTEM}/rollbacks${query}`),
    record,
    followUp: (user: string, id: string, body: Record<string, unknown>) =>
      post(user, `${SYSTEM}/rollbacks/${id}/follow-ups`, {
        requestId: `follow-up-${randomUUID()}`,
        ...body,
      }),
    /** The record once its outcome is final (verification ended), or after `ms`. */
    settled: async (
      user: string,
      id: string,
      ms = 10_000,
    ): Promise<RollbackRecord> => {
      const deadline = Date.now() + ms;
      for (;;) {
        const current = await record(user, id);
        if (current.outcome !== 'in-progress' || Date.now() > deadline) {
          return current;
        }
        await new Promise(resolve => setTimeout(resolve, 25));
      }
    },
  };
}
