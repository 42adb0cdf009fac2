import {
  KubernetesTestServer,
  StoredObject,
} from '@release-readiness/kubernetes-test-cluster';
import {
  deploymentWithPods,
  httpsTarget,
  kubeConfigFor,
  NAMESPACE,
  signal,
  tls,
  TOKEN,
} from './__testUtils__/rawSourceFixtures';
import { KubernetesWatches } from './KubernetesWatches';
import { KubernetesWorkloadSource } from './KubernetesWorkloadSource';

jest.setTimeout(30_000);

const pod = (i: number, restartCount: number): StoredObject => {
  const [, , first] = deploymentWithPods(1);
  return {
    ...first,
    metadata: { ...first.metadata, name: `api-5d8f-${i}`, uid: `uid-pod-${i}` },
    status: {
      containerStatuses: [
        { name: 'api', image: 'api:1.2.3', ready: true, restartCount },
      ],
    },
  };
};

async function eventually<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (ok(value)) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`still ${JSON.stringify(value)}`);
    }
    await new Promise(r => setTimeout(r, 20));
  }
}

describe('KubernetesWorkloadSource with watches (LIST then WATCH)', () => {
  let server: KubernetesTestServer;
  let watches: KubernetesWatches;
  let source: KubernetesWorkloadSource;

  beforeEach(async () => {
    server = await KubernetesTestServer.start({
      objects: deploymentWithPods(3),
      tls,
      token: TOKEN,
      watch: { bookmarkIntervalMs: 200 },
    });
    watches = new KubernetesWatches();
    source = new KubernetesWorkloadSource({
      name: 'watched',
      kubeConfig: kubeConfigFor(httpsTarget(server)),
      namespace: NAMESPACE,
      watches,
    });
  });
  afterEach(async () => {
    watches.closeAll();
    await server.stop();
  });

  const lists = () =>
    server.requests.filter(r => r.method === 'GET' && !r.query.watch);
  const watchRequests = () => server.requests.filter(r => r.query.watch);
  const restarts = async () =>
    (await source.listWorkloads({ signal: signal() })).items.map(
      w => `${w.name} ${w.restarts}`,
    );

  it('lists each of the eight collections once, then answers from the watches without a request', async () => {
    expect(await restarts()).toEqual(['api 3']);
    expect(lists()).toHaveLength(8);
    await eventually(
      async () => server.watchers,
      n => n === 8,
    );
    for (const request of watchRequests()) {
      expect(request.query).toMatchObject({
        allowWatchBookmarks: 'true',
        resourceVersion: expect.stringMatching(/^\d+$/),
      });
      expect(request.path).toMatch(new RegExp(`/namespaces/${NAMESPACE}/`));
    }
    for (let i = 0; i < 5; i += 1) {
      expect(await restarts()).toEqual(['api 3']);
    }
    expect(lists()).toHaveLength(8);
  });

  it('follows changes and deletions as the watch reports them, with no new LIST', async () => {
    await restarts();
    await eventually(
      async () => server.watchers,
      n => n === 8,
    );
    server.putObject(pod(0, 7));
    expect(await eventually(restarts, r => r[0] !== 'api 3')).toEqual([
      'api 9',
    ]);
    server.deleteObject({
      apiVersion: 'v1',
      kind: 'Pod',
      namespace: NAMESPACE,
      name: 'api-5d8f-1',
    });
    expect(await eventually(restarts, r => r[0] !== 'api 9')).toEqual([
      'api 8',
    ]);
    server.putObject(pod(5, 2));
    expect(await eventually(restarts, r => r[0] !== 'api 8')).toEqual([
      'api 10',
    ]);
    expect(lists()).toHaveLength(8);
  });

  it('lists again after the watch ends with 410 Gone (history compacted), and watches from the new list', async () => {
    await restarts();
    await eventually(
      async () => server.watchers,
      n => n === 8,
    );
    server.setObjects(deploymentWithPods(2));
    await eventually(
      async () => server.watchers,
      n => n === 0,
    );
    expect(await restarts()).toEqual(['api 2']);
    expect(lists()).toHaveLength(16);
    await eventually(
      async () => server.watchers,
      n => n === 8,
    );
    server.putObject(pod(0, 5));
    expect(await eventually(restarts, r => r[0] !== 'api 2')).toEqual([
      'api 6',
    ]);
  });

  it('never answers from a watch that broke: the next read lists, and fails as that LIST fails while the server is down', async () => {
    await restarts();
    await eventually(
      async () => server.watchers,
      n => n === 8,
    );
    await server.setFault({ type: 'refuse' });
    const error = await eventually(
      () =>
        source.listWorkloads({ signal: signal() }).then(
          () => undefined,
          e => e,
        ),
      e => e !== undefined,
    );
    // The network error a LIST meets (the collector makes it `unavailable`), not the old items.
    expect(error).toBeInstanceOf(Error);
    await server.setFault(undefined);
    expect(await restarts()).toEqual(['api 3']);
    // Each collection listed afresh (some maybe more than once while the server went away).
    for (const resource of new Set(lists().map(r => r.path))) {
      expect(
        lists().filter(r => r.path === resource).length,
      ).toBeGreaterThanOrEqual(2);
    }
    expect(new Set(lists().map(r => r.path)).size).toBe(8);
  });

  it('answers the last list again while no watch reported a change, and builds anew after one', async () => {
    await restarts();
    await eventually(
      async () => server.watchers,
      n => n === 8,
    );
    const first = await source.listWorkloads({ signal: signal() });
    const again = await source.listWorkloads({ signal: signal() });
    expect(again).toBe(first);
    server.putObject(pod(0, 4));
    const changed = await eventually(
      () => source.listWorkloads({ signal: signal() }),
      list => list !== first,
    );
    expect(changed.items.map(w => w.restarts)).toEqual([6]);
  });

  it('closes every watch at shutdown', async () => {
    await restarts();
    await eventually(
      async () => server.watchers,
      n => n === 8,
    );
    watches.closeAll();
    expect(
      await eventually(
        async () => server.watchers,
        n => n === 0,
      ),
    ).toBe(0);
  });
});
