import { KubernetesTestServer } from './KubernetesTestServer';
import { loadObjects } from '../objects/loadObjects';

const objects = loadObjects(`
apiVersion: v1
kind: List
items:
- apiVersion: apps/v1
  kind: Deployment
  metadata: { name: api, namespace: team-a, uid: d-1, resourceVersion: '500', generation: 4, labels: { app: api } }
  spec:
    replicas: 2
    selector: { matchLabels: { app: api } }
    template:
      metadata: { labels: { app: api } }
      spec: { containers: [{ name: api, image: 'api:1.0.0' }] }
  status: { observedGeneration: 4, replicas: 2 }
- apiVersion: velero.io/v1
  kind: Backup
  metadata: { name: daily-1, namespace: velero, resourceVersion: '7' }
  status: { phase: Completed }
`);

const PATH = '/apis/apps/v1/namespaces/team-a/deployments/api';
const JSON_PATCH = 'application/json-patch+json';
const MERGE = 'application/merge-patch+json';
const STRATEGIC = 'application/strategic-merge-patch+json';

describe('KubernetesTestServer writes', () => {
  let server: KubernetesTestServer;
  beforeEach(async () => {
    server = await KubernetesTestServer.start({ objects, rollout: false });
  });
  afterEach(() => server.stop());

  const send = async (
    method: string,
    path: string,
    contentType: string,
    body: unknown,
  ) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { 'content-type': contentType },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  };
  const stored = () =>
    server.getObject({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      namespace: 'team-a',
      name: 'api',
    });

  it('serves one object with apiVersion and kind, and 404 NotFound for one that does not exist', async () => {
    const found = await fetch(`${server.url}${PATH}`);
    expect(found.status).toBe(200);
    expect(await found.json()).toMatchObject({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'api', resourceVersion: '500' },
    });
    const missing = await fetch(`${server.url}${PATH}-x`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({
      reason: 'NotFound',
      message: 'deployments.apps "api-x" not found',
    });
  });

  it('applies a JSON patch, moves the resourceVersion on with every write, bumps the generation on a spec change and keeps status', async () => {
    const first = await send('PATCH', PATH, JSON_PATCH, [
      {
        op: 'replace',
        path: '/spec/template/spec/containers/0/image',
        value: 'api:1.1.0',
      },
      { op: 'replace', path: '/status/replicas', value: 99 },
    ]);
    expect(first.status).toBe(200);
    expect(first.body.spec.template.spec.containers[0].image).toBe('api:1.1.0');
    expect(first.body.metadata.generation).toBe(5);
    expect(first.body.status).toEqual({ observedGeneration: 4, replicas: 2 });
    const second = await send('PATCH', PATH, MERGE, {
      metadata: { labels: { team: 'a' } },
    });
    expect(Number(first.body.metadata.resourceVersion)).toBeGreaterThan(500);
    expect(Number(second.body.metadata.resourceVersion)).toBeGreaterThan(
      Number(first.body.metadata.resourceVersion),
    );
    expect(second.body.metadata.generation).toBe(5);
    expect(stored()?.metadata.labels).toEqual({ app: 'api', team: 'a' });
  });

  it('treats metadata.resourceVersion in a patch or PUT body as a precondition: 409 Conflict when stale, nothing written', async () => {
    const stale = [
      await send('PATCH', PATH, JSON_PATCH, [
        { op: 'replace', path: '/metadata/resourceVersion', value: '499' },
        { op: 'replace', path: '/spec/replicas', value: 5 },
      ]),
      await send('PATCH', PATH, MERGE, {
        metadata: { resourceVersion: '499' },
        spec: { replicas: 5 },
      }),
      await send('PATCH', PATH, STRATEGIC, {
        metadata: { resourceVersion: '499' },
        spec: { replicas: 5 },
      }),
      await send('PUT', PATH, 'application/json', {
        ...stored(),
        metadata: { ...stored()?.metadata, resourceVersion: '499' },
      }),
    ];
    for (const answer of stale) {
      expect(answer.status).toBe(409);
      expect(answer.body).toMatchObject({
        kind: 'Status',
        reason: 'Conflict',
        message:
          'Operation cannot be fulfilled on deployments.apps "api": the object has been modified; please apply your changes to the latest version and try again',
      });
    }
    expect(stored()?.metadata.resourceVersion).toBe('500');
    const current = await send('PATCH', PATH, MERGE, {
      metadata: { resourceVersion: '500' },
      spec: { replicas: 5 },
    });
    expect(current.status).toBe(200);
    expect(stored()?.spec).toMatchObject({ replicas: 5 });
  });

  it('answers a failed JSON patch test with 422, as kube-apiserver does, and writes nothing', async () => {
    const answer = await send('PATCH', PATH, JSON_PATCH, [
      { op: 'test', path: '/metadata/resourceVersion', value: '499' },
      { op: 'replace', path: '/spec/replicas', value: 5 },
    ]);
    expect(answer.status).toBe(422);
    expect(answer.body.reason).toBe('Invalid');
    expect(stored()?.spec).toMatchObject({ replicas: 2 });
  });

  it('answers a dry run (dryRun=All) with the would-be object, writes nothing and records it as a dry run', async () => {
    const answer = await send('PATCH', `${PATH}?dryRun=All`, STRATEGIC, {
      spec: {
        template: {
          spec: { containers: [{ name: 'api', image: 'api:2.0.0' }] },
        },
      },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.spec.template.spec.containers[0].image).toBe(
      'api:2.0.0',
    );
    expect(answer.body.metadata.resourceVersion).toBe('500');
    expect(stored()?.spec).toMatchObject({
      template: { spec: { containers: [{ image: 'api:1.0.0' }] } },
    });
    expect(server.writes).toEqual([
      expect.objectContaining({
        method: 'PATCH',
        path: PATH,
        query: { dryRun: 'All' },
        contentType: STRATEGIC,
        dryRun: true,
        status: 200,
        body: expect.stringContaining('api:2.0.0'),
      }),
    ]);
    const other = await send('PATCH', `${PATH}?dryRun=Some`, MERGE, {});
    expect(other.status).toBe(400);
  });

  it('validates what an API server validates of a pod template: 422 naming the field', async () => {
    const answer = await send('PATCH', PATH, JSON_PATCH, [
      { op: 'remove', path: '/spec/template/spec/containers/0/image' },
    ]);
    expect(answer.status).toBe(422);
    expect(answer.body.message).toBe(
      'Deployment.apps "api" is invalid: spec.template.spec.containers[0].image: Required value',
    );
    const labels = await send('PATCH', PATH, MERGE, {
      spec: { template: { metadata: { labels: { app: 'web' } } } },
    });
    expect(labels.status).toBe(422);
    expect(labels.body.details.causes[0].field).toBe(
      'spec.template.metadata.labels',
    );
  });

  it('refuses other patch types with 415 (strategic merge for custom resources too), and bodies that are not JSON with 400', async () => {
    expect(
      (await send('PATCH', PATH, 'application/apply-patch+yaml', 'a: 1'))
        .status,
    ).toBe(415);
    expect((await send('PATCH', PATH, 'application/json', {})).status).toBe(
      415,
    );
    const backup = '/apis/velero.io/v1/namespaces/velero/backups/daily-1';
    expect((await send('PATCH', backup, STRATEGIC, {})).status).toBe(415);
    expect(
      (await send('PATCH', backup, MERGE, { spec: { ttl: '1h' } })).status,
    ).toBe(200);
    expect((await send('PATCH', PATH, MERGE, '{not json')).status).toBe(400);
    expect((await send('PATCH', `${PATH}-x`, MERGE, {})).status).toBe(404);
  });

  it('replaces with PUT: the name must be the URL’s, and server-set fields stay the server’s', async () => {
    const object = stored();
    const renamed = await send('PUT', PATH, 'application/json', {
      ...object,
      metadata: { ...object?.metadata, name: 'other' },
    });
    expect(renamed.status).toBe(400);
    const replaced = await send('PUT', PATH, 'application/json', {
      ...object,
      metadata: {
        name: 'api',
        namespace: 'team-a',
        uid: 'd-1',
        labels: { app: 'api' },
        generation: 40,
      },
      spec: { ...(object?.spec as object), replicas: 0 },
      status: {},
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body.metadata).toMatchObject({ uid: 'd-1', generation: 5 });
    expect(replaced.body.status).toEqual({
      observedGeneration: 4,
      replicas: 2,
    });
    const otherUid = await send('PUT', PATH, 'application/json', {
      ...stored(),
      metadata: { ...stored()?.metadata, uid: 'd-2' },
    });
    expect(otherUid.status).toBe(409);
  });

  it('acts out a fault for one method only, a 403 naming the verb', async () => {
    await server.setFault({ type: 'status', status: 403, method: 'PATCH' });
    expect((await fetch(`${server.url}${PATH}`)).status).toBe(200);
    const denied = await send('PATCH', PATH, MERGE, { spec: { replicas: 1 } });
    expect(denied.status).toBe(403);
    expect(denied.body.message).toBe(
      'deployments is forbidden: User "system:serviceaccount:release-readiness:reader" cannot patch resource "deployments"',
    );
    expect(stored()?.spec).toMatchObject({ replicas: 2 });
  });
});
