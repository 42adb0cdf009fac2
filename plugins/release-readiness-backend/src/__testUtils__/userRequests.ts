import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';

/** The test backend's HTTP server, as supertest takes it. */
export type TestServer = Parameters<typeof request>[0];

const BASE = '/api/release-readiness';

/**
 * `GET` and `POST` of the plugin's routes (paths below `/api/release-readiness`) as a user, with
 * a mock user token. Every response body is kept in `bodies`, for the tests that look for what
 * must never be answered.
 */
export function userRequests(server: TestServer, bodies: string[]) {
  const keep = async (pending: request.Test) => {
    const res = await pending;
    bodies.push(res.text ?? '');
    return res;
  };
  const as = (user: string) => mockCredentials.user.header(user);
  const post = (user: string, path: string, body: object) =>
    keep(
      request(server)
        .post(`${BASE}${path}`)
        .set('Authorization', as(user))
        .send(body),
    );
  const get = (user: string, path: string) =>
    keep(request(server).get(`${BASE}${path}`).set('Authorization', as(user)));
  return { post, get };
}
