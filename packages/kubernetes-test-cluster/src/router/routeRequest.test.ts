import { WorkloadControllers } from '../controllers/WorkloadControllers';
import { ListCache } from '../store/ListCache';
import { ObjectStore } from '../store/ObjectStore';
import { Route } from './Route';
import { routeRequest } from './routeRequest';
import { ServerState } from './ServerState';

const state = (): ServerState => {
  const store = new ObjectStore();
  return {
    store,
    listCache: new ListCache(),
    controllers: new WorkloadControllers(store),
    watch: {},
  };
};
const request = (method: string, path: string, authorization?: string) => ({
  method,
  url: new URL(path, 'http://localhost'),
  headers: authorization ? { authorization } : {},
  body: '',
});
const json = (body: string) => JSON.parse(body);

describe('routeRequest', () => {
  it('asks for the token before anything else, faults included', async () => {
    const response = await routeRequest(request('POST', '/nowhere'), state(), {
      token: 't0ken',
      fault: { type: 'malformed' },
    });
    expect(response.status).toBe(401);
    expect(json(response.body)).toMatchObject({
      kind: 'Status',
      reason: 'Unauthorized',
    });
  });

  it('acts out answering faults before routing, with the Status body an API server sends', async () => {
    const forbidden = await routeRequest(
      request('GET', '/apis/apps/v1/namespaces/a/deployments', 'Bearer t'),
      state(),
      { token: 't', fault: { type: 'status', status: 403 } },
    );
    expect(forbidden.status).toBe(403);
    expect(json(forbidden.body)).toMatchObject({
      reason: 'Forbidden',
      details: { kind: 'deployments' },
    });
    const limited = await routeRequest(request('GET', '/version'), state(), {
      fault: { type: 'status', status: 429 },
    });
    expect(limited.headers).toEqual({ 'retry-after': '1' });
    expect(json(limited.body).details).toEqual({ retryAfterSeconds: 1 });
  });

  it('answers 405 for a method no route serves and 400 for a path none serves', async () => {
    const post = await routeRequest(request('POST', '/version'), state(), {});
    expect(post.status).toBe(405);
    expect(json(post.body).reason).toBe('MethodNotAllowed');
    const unknown = await routeRequest(
      request('GET', '/api/v1/namespaces/a/pods/p-1/log'),
      state(),
      {},
    );
    expect(unknown.status).toBe(400);
    expect(json(unknown.body).message).toBe(
      'the test server does not serve /api/v1/namespaces/a/pods/p-1/log',
    );
  });

  it('answers 404 NotFound, as the API server words it, for one object that does not exist', async () => {
    const missing = await routeRequest(
      request('GET', '/api/v1/namespaces/a/pods/p-1'),
      state(),
      {},
    );
    expect(missing.status).toBe(404);
    expect(json(missing.body)).toMatchObject({
      reason: 'NotFound',
      message: 'pods "p-1" not found',
      details: { name: 'p-1', kind: 'pods' },
    });
  });

  it('tries the routes of the method in order and takes the first answer', async () => {
    const calls: string[] = [];
    const route = (name: string, answers: boolean): Route => ({
      method: 'PATCH',
      handle: async () => {
        calls.push(name);
        return answers ? { status: 200, body: name } : undefined;
      },
    });
    const response = await routeRequest(request('PATCH', '/x'), state(), {
      routes: [
        { method: 'GET', handle: () => ({ status: 200, body: 'get' }) },
        route('first', false),
        route('second', true),
        route('third', true),
      ],
    });
    expect(response.body).toBe('second');
    expect(calls).toEqual(['first', 'second']);
  });

  it('answers a bad label selector with 400 naming it', async () => {
    const response = await routeRequest(
      request('GET', `/api/v1/pods?labelSelector=${encodeURIComponent('a b')}`),
      state(),
      {},
    );
    expect(response.status).toBe(400);
    expect(json(response.body)).toMatchObject({
      reason: 'BadRequest',
      message: "unable to parse requirement: 'a b'",
    });
  });
});
