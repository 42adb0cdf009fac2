import type {
  DecisionRecord,
  DecisionState,
} from '@release-readiness/plugin-release-readiness-common';
import { randomUUID } from 'node:crypto';
import {
  type TestServer,
  userRequests,
} from '../../__testUtils__/userRequests';

/** The test backend's HTTP server, as supertest takes it. */
export type { TestServer };

/**
 * The decision routes of the default system, called as a user (mock user tokens). Every response
 * body is kept in `bodies`, for the tests that look for what must never be answered.
 */
export function decisionsApi(server: TestServer, bodies: string[] = []) {
  const { post, get } = userRequests(server, bodies);

  return {
    bodies,
    post,
    get,
    /** `POST /decisions` for prod 1.4.2 (override any field; `undefined` drops it). */
    request: (user: string, body: Record<string, unknown> = {}) =>
      post(user, '/decisions', {
        environment: 'prod',
        version: '1.4.2',
        reason: 'Quarterly release 1.4.2 with the new export',
        requestId: `request-${randomUUID()}`,
        ...body,
      }),
    vote: (
      user: string,
      id: string,
      vote: 'go' | 'no-go',
      body: Record<string, unknown> = {},
    ) =>
      post(user, `/decisions/${id}/votes`, {
        vote,
        reason: `${vote} from ${user}`,
        requestId: `vote-${randomUUID()}`,
        ...body,
      }),
    waive: (
      user: string,
      id: string,
      item: string,
      body: Record<string, unknown> = {},
    ) =>
      post(user, `/decisions/${id}/waivers`, {
        item,
        reason: 'Known flake, fixed in the next release',
        requestId: `waiver-${randomUUID()}`,
        ...body,
      }),
    decision: (user: string, id: string) => get(user, `/decisions/${id}`),
    list: (user: string, query = '') => get(user, `/decisions${query}`),
    /** The items of `GET /decisions` (newest first), typed. */
    decisions: async (user: string, query = '') => {
      const res = await get(user, `/decisions${query}`);
      const items: { decision: DecisionRecord; state: DecisionState }[] =
        res.body.items;
      return items;
    },
  };
}
