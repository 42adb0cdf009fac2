import { KubernetesTestServer } from '../server/KubernetesTestServer';
import { loadObjects } from '../objects/loadObjects';
import { StoredObject } from '../store/StoredObject';

const objects = loadObjects(`
apiVersion: v1
kind: List
items:
- apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: api
    namespace: ns
    uid: d-1
    generation: 2
    annotations: { deployment.kubernetes.io/revision: '2', kubernetes.io/change-cause: 'deploy 1.1.0' }
  spec:
    replicas: 3
    selector: { matchLabels: { app: api } }
    template:
      metadata: { labels: { app: api } }
      spec: { containers: [{ name: api, image: 'api:1.1.0' }] }
  status: { observedGeneration: 2, replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3 }
- apiVersion: apps/v1
  kind: ReplicaSet
  metadata:
    name: api-old
    namespace: ns
    annotations: { deployment.kubernetes.io/revision: '1' }
    ownerReferences: [{ apiVersion: apps/v1, kind: Deployment, name: api, uid: d-1, controller: true }]
  spec:
    replicas: 0
    template:
      metadata: { labels: { app: api, pod-template-hash: old } }
      spec: { containers: [{ name: api, image: 'api:1.0.0' }] }
- apiVersion: apps/v1
  kind: ReplicaSet
  metadata:
    name: api-new
    namespace: ns
    annotations: { deployment.kubernetes.io/revision: '2' }
    ownerReferences: [{ apiVersion: apps/v1, kind: Deployment, name: api, uid: d-1, controller: true }]
  spec:
    replicas: 3
    template:
      metadata: { labels: { app: api, pod-template-hash: new } }
      spec: { containers: [{ name: api, image: 'api:1.1.0' }] }
- apiVersion: apps/v1
  kind: StatefulSet
  metadata: { name: db, namespace: ns, uid: s-1, generation: 1 }
  spec:
    replicas: 2
    selector: { matchLabels: { app: db } }
    template:
      metadata: { labels: { app: db } }
      spec: { containers: [{ name: db, image: 'db:16.3' }] }
  status: { observedGeneration: 1, replicas: 2, readyReplicas: 2, currentRevision: db-a, updateRevision: db-a }
`);

describe('the test server’s workload controllers', () => {
  let server: KubernetesTestServer;
  afterEach(() => server.stop());

  const start = async (rollout?: object | false) => {
    server = await KubernetesTestServer.start({
      objects,
      ...(rollout !== undefined && { rollout }),
    });
  };
  const patch = (path: string, body: unknown) =>
    fetch(`${server.url}${path}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/merge-patch+json' },
      body: JSON.stringify(body),
    }).then(r => r.status);
  const image = (tag: string, name = 'api') => ({
    spec: {
      template: { spec: { containers: [{ name, image: `${name}:${tag}` }] } },
    },
  });
  const get = (kind: string, name: string) =>
    server.getObject({ apiVersion: 'apps/v1', kind, namespace: 'ns', name });
  const list = async (resource: string): Promise<StoredObject[]> =>
    (
      await (
        await fetch(`${server.url}/apis/apps/v1/namespaces/ns/${resource}`)
      ).json()
    ).items;
  const revision = (o?: StoredObject) =>
    (o?.metadata.annotations as Record<string, string> | undefined)?.[
      'deployment.kubernetes.io/revision'
    ];
  const DEPLOYMENT = '/apis/apps/v1/namespaces/ns/deployments/api';

  it('gives a changed template the next revision in a new owned ReplicaSet, and reports the rollout complete after the delay', async () => {
    await start({ delayMs: 600 });
    expect(await patch(DEPLOYMENT, image('1.2.0'))).toBe(200);

    const replicaSets = await list('replicasets');
    expect(replicaSets).toHaveLength(3);
    const created = replicaSets.find(
      rs => !['api-old', 'api-new'].includes(rs.metadata.name),
    );
    expect(created?.metadata).toMatchObject({
      name: expect.stringMatching(/^api-[bcdfghjklmnpqrstvwxz2456789]{10}$/),
      ownerReferences: [
        expect.objectContaining({
          kind: 'Deployment',
          uid: 'd-1',
          controller: true,
        }),
      ],
      annotations: expect.objectContaining({
        'deployment.kubernetes.io/revision': '3',
        'kubernetes.io/change-cause': 'deploy 1.1.0',
      }),
    });
    expect(created?.metadata.labels?.['pod-template-hash']).toBe(
      created?.metadata.name.slice('api-'.length),
    );
    const progressing = get('Deployment', 'api');
    expect(revision(progressing)).toBe('3');
    expect(progressing?.status).toMatchObject({
      observedGeneration: 3,
      updatedReplicas: 0,
    });

    await server.waitForRollouts();
    const done = get('Deployment', 'api');
    expect(done?.status).toMatchObject({
      updatedReplicas: 3,
      readyReplicas: 3,
      availableReplicas: 3,
    });
    expect((done?.status as { conditions?: unknown })?.conditions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'Progressing',
          reason: 'NewReplicaSetAvailable',
        }),
      ]),
    );
    expect(get('ReplicaSet', 'api-new')?.spec).toMatchObject({ replicas: 0 });
    expect(
      get('ReplicaSet', created?.metadata.name ?? '')?.status,
    ).toMatchObject({ readyReplicas: 3 });
  });

  it('on a return to an earlier template gives its ReplicaSet the next revision, keeping the old number in revision-history', async () => {
    await start();
    expect(await patch(DEPLOYMENT, image('1.0.0'))).toBe(200);
    await server.waitForRollouts();
    expect(await list('replicasets')).toHaveLength(2);
    const old = get('ReplicaSet', 'api-old');
    expect(old?.metadata.annotations).toMatchObject({
      'deployment.kubernetes.io/revision': '3',
      'deployment.kubernetes.io/revision-history': '1',
    });
    expect(revision(get('Deployment', 'api'))).toBe('3');
  });

  it('fails a rollout on demand: Progressing False with ProgressDeadlineExceeded and the message', async () => {
    await start({
      outcome: 'fail',
      failureMessage: 'ReplicaSet "api-x" has timed out progressing.',
    });
    await patch(DEPLOYMENT, image('9.9.9'));
    await server.waitForRollouts();
    const status = get('Deployment', 'api')?.status as {
      conditions: object[];
      updatedReplicas: number;
    };
    expect(status.conditions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'Progressing',
          status: 'False',
          reason: 'ProgressDeadlineExceeded',
          message: 'ReplicaSet "api-x" has timed out progressing.',
        }),
      ]),
    );
    expect(status.updatedReplicas).toBe(1);
  });

  it('rolls out nothing for a paused Deployment, and nothing at all when turned off', async () => {
    await start();
    await patch(DEPLOYMENT, { spec: { paused: true, ...image('1.2.0').spec } });
    await server.waitForRollouts();
    expect(await list('replicasets')).toHaveLength(2);
    expect(get('Deployment', 'api')?.status).toMatchObject({
      observedGeneration: 3,
    });
    await server.stop();

    await start(false);
    await patch(DEPLOYMENT, image('1.2.0'));
    expect(await list('replicasets')).toHaveLength(2);
    expect(get('Deployment', 'api')?.status).toMatchObject({
      observedGeneration: 2,
    });
  });

  it('records a StatefulSet’s changed template as a ControllerRevision with the next revision, then makes it current', async () => {
    await start({ delayMs: 600 });
    await patch(
      '/apis/apps/v1/namespaces/ns/statefulsets/db',
      image('16.4', 'db'),
    );
    const [revision1] = await list('controllerrevisions');
    expect(revision1).toMatchObject({
      metadata: {
        name: expect.stringMatching(/^db-/),
        labels: {
          app: 'db',
          'controller.kubernetes.io/hash': expect.any(String),
        },
        ownerReferences: [
          expect.objectContaining({
            kind: 'StatefulSet',
            uid: 's-1',
            controller: true,
          }),
        ],
      },
      revision: 1,
      data: {
        spec: {
          template: {
            $patch: 'replace',
            spec: { containers: [{ image: 'db:16.4' }] },
          },
        },
      },
    });
    expect(get('StatefulSet', 'db')?.status).toMatchObject({
      updateRevision: revision1.metadata.name,
      currentRevision: 'db-a',
      updatedReplicas: 0,
    });
    await server.waitForRollouts();
    expect(get('StatefulSet', 'db')?.status).toMatchObject({
      currentRevision: revision1.metadata.name,
      updatedReplicas: 2,
      readyReplicas: 2,
    });

    await patch(
      '/apis/apps/v1/namespaces/ns/statefulsets/db',
      image('16.5', 'db'),
    );
    await patch(
      '/apis/apps/v1/namespaces/ns/statefulsets/db',
      image('16.4', 'db'),
    );
    await server.waitForRollouts();
    const revisions = await list('controllerrevisions');
    expect(
      revisions
        .map(r => [r.metadata.name === revision1.metadata.name, r.revision])
        .sort(),
    ).toEqual([
      [false, 2],
      [true, 3],
    ]);
  });
});
