import { KubernetesTestServer } from './KubernetesTestServer';
import { loadObjects } from '../objects/loadObjects';

const objects = loadObjects(`
apiVersion: v1
kind: List
items:
- apiVersion: apps/v1
  kind: Deployment
  metadata: { name: api, namespace: team-a, labels: { app: api, tier: backend } }
- apiVersion: apps/v1
  kind: Deployment
  metadata: { name: web, namespace: team-a, labels: { app: web, tier: frontend } }
- apiVersion: apps/v1
  kind: Deployment
  metadata: { name: other, namespace: team-b, labels: { app: other } }
- apiVersion: v1
  kind: Pod
  metadata: { name: api-1, namespace: team-a, labels: { app: api } }
`);

describe('KubernetesTestServer', () => {
  let server: KubernetesTestServer;
  beforeEach(async () => {
    server = await KubernetesTestServer.start({ objects });
  });
  afterEach(() => server.stop());

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { headers });

  it('answers a namespaced LIST like an API server: list kind, no kind in items', async () => {
    const res = await get('/apis/apps/v1/namespaces/team-a/deployments');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.kind).toBe('DeploymentList');
    expect(body.apiVersion).toBe('apps/v1');
    expect(body.items.map((i: any) => i.metadata.name)).toEqual(['api', 'web']);
    expect(body.items[0].kind).toBeUndefined();
  });

  it('applies label selectors with equality, set and existence terms', async () => {
    const names = async (selector: string) => {
      const res = await get(
        `/apis/apps/v1/namespaces/team-a/deployments?labelSelector=${encodeURIComponent(
          selector,
        )}`,
      );
      return (await res.json()).items.map((i: any) => i.metadata.name);
    };
    expect(await names('app=api')).toEqual(['api']);
    expect(await names('tier!=backend')).toEqual(['web']);
    expect(await names('tier in (backend,frontend),app')).toEqual([
      'api',
      'web',
    ]);
    expect(await names('app notin (api)')).toEqual(['web']);
    expect(await names('!tier')).toEqual([]);
  });

  it('pages with limit and continue', async () => {
    const first = await (
      await get('/apis/apps/v1/namespaces/team-a/deployments?limit=1')
    ).json();
    expect(first.items).toHaveLength(1);
    expect(first.metadata.remainingItemCount).toBe(1);
    const second = await (
      await get(
        `/apis/apps/v1/namespaces/team-a/deployments?limit=1&continue=${first.metadata.continue}`,
      )
    ).json();
    expect(second.items.map((i: any) => i.metadata.name)).toEqual(['web']);
    expect(second.metadata.continue).toBeUndefined();
  });

  it('serves cluster-wide LISTs too, and records every request', async () => {
    const body = await (await get('/apis/apps/v1/deployments')).json();
    expect(body.items).toHaveLength(3);
    expect(server.requests.map(r => r.path)).toEqual([
      '/apis/apps/v1/deployments',
    ]);
    expect(server.requests[0].outcome).toBe('answered');
  });

  it('serves the objects of setObjects, not a LIST body rendered before, at a new resourceVersion', async () => {
    const path = '/apis/apps/v1/namespaces/team-a/deployments';
    const before = await (await get(path)).json();
    expect(before.items.map((i: any) => i.metadata.name)).toEqual([
      'api',
      'web',
    ]);
    server.setObjects(objects.filter(o => o.metadata.name !== 'api'));
    const after = await (await get(path)).json();
    expect(after.items.map((i: any) => i.metadata.name)).toEqual(['web']);
    expect(Number(after.metadata.resourceVersion)).toBeGreaterThan(
      Number(before.metadata.resourceVersion),
    );
  });

  it('answers methods it does not serve with 405 and paths it does not serve with 400, as Status bodies', async () => {
    const write = await fetch(
      `${server.url}/apis/apps/v1/namespaces/team-a/deployments`,
      { method: 'POST', body: '{}' },
    );
    expect(write.status).toBe(405);
    expect(await write.json()).toMatchObject({
      kind: 'Status',
      reason: 'MethodNotAllowed',
    });
    const unknown = await get(
      '/apis/apps/v1/namespaces/team-a/deployments/api/scale',
    );
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({
      kind: 'Status',
      reason: 'BadRequest',
    });
  });

  it('delays every answer by the latency set', async () => {
    server.setLatency(150);
    const started = Date.now();
    expect((await get('/version')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('requires the bearer token when it has one', async () => {
    const secured = await KubernetesTestServer.start({
      objects,
      token: 't0ken',
    });
    try {
      const denied = await fetch(
        `${secured.url}/api/v1/namespaces/team-a/pods`,
      );
      expect(denied.status).toBe(401);
      expect((await denied.json()).reason).toBe('Unauthorized');
      const allowed = await fetch(
        `${secured.url}/api/v1/namespaces/team-a/pods`,
        {
          headers: { authorization: 'Bearer t0ken' },
        },
      );
      expect((await allowed.json()).items).toHaveLength(1);
    } finally {
      await secured.stop();
    }
  });

  it.each([
    [401, 'Unauthorized'],
    [403, 'Forbidden'],
    [500, 'InternalError'],
    [429, 'TooManyRequests'],
  ])('answers HTTP %s with a Status body on demand', async (code, reason) => {
    await server.setFault({
      type: 'status',
      status: code,
      retryAfterSeconds: 7,
    });
    const res = await get('/apis/apps/v1/namespaces/team-a/deployments');
    expect(res.status).toBe(code);
    expect(await res.json()).toMatchObject({ kind: 'Status', code, reason });
    expect(res.headers.get('retry-after')).toBe(code === 429 ? '7' : null);
  });

  it('answers malformed JSON on demand', async () => {
    await server.setFault({ type: 'malformed' });
    const res = await get('/apis/apps/v1/namespaces/team-a/deployments');
    expect(res.status).toBe(200);
    await expect(res.json()).rejects.toThrow();
  });

  it('hangs on demand and records that the client gave up', async () => {
    await server.setFault({ type: 'hang' });
    const controller = new AbortController();
    const request = fetch(`${server.url}/api/v1/namespaces/team-a/pods`, {
      signal: controller.signal,
    }).catch(e => e);
    await server.waitForRequest(() => true);
    expect(server.requests[0].outcome).toBeUndefined();
    controller.abort();
    expect(await request).toMatchObject({ name: 'AbortError' });
    const aborted = await server.waitForRequest(r => r.outcome === 'aborted');
    expect(aborted.closedAt).toBeGreaterThanOrEqual(aborted.receivedAt);
  });

  it('refuses connections on demand and listens again afterwards', async () => {
    await server.setFault({ type: 'refuse' });
    const error = await get('/version').catch(e => e);
    expect(error).toMatchObject({ name: 'TypeError' });
    expect((error as any).cause?.code).toBe('ECONNREFUSED');
    await server.setFault(undefined);
    expect((await get('/version')).status).toBe(200);
  });
});
