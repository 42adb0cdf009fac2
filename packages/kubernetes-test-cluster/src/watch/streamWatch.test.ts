import { KubernetesTestServer } from '../server/KubernetesTestServer';
import { loadObjects } from '../objects/loadObjects';
import { StoredObject } from '../store/StoredObject';

const deployment = (name: string, labels: Record<string, string>) =>
  ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'team-a', labels },
  } as StoredObject);

const objects = loadObjects(`
apiVersion: v1
kind: List
items:
- apiVersion: apps/v1
  kind: Deployment
  metadata: { name: api, namespace: team-a, labels: { app: api } }
- apiVersion: apps/v1
  kind: Deployment
  metadata: { name: other, namespace: team-b, labels: { app: api } }
`);

interface WatchEvent {
  type: string;
  object: {
    kind?: string;
    code?: number;
    metadata: { name?: string; resourceVersion?: string };
  };
}

/** Opens a watch and collects its events line by line until it ends or is aborted. */
function openWatch(server: KubernetesTestServer, query: string) {
  const events: WatchEvent[] = [];
  const controller = new AbortController();
  let status = 0;
  const done = (async () => {
    let res;
    try {
      res = await fetch(
        `${server.url}/apis/apps/v1/namespaces/team-a/deployments?watch=1&${query}`,
        { signal: controller.signal },
      );
    } catch {
      return; // aborted before the headers came
    }
    status = res.status;
    const decoder = new TextDecoder();
    let buffer = '';
    const reader = res.body?.getReader();
    try {
      for (;;) {
        const chunk = await reader?.read();
        if (!chunk || chunk.done) {
          break;
        }
        buffer += decoder.decode(chunk.value, { stream: true });
        let newline = buffer.indexOf('\n');
        while (newline >= 0) {
          events.push(JSON.parse(buffer.slice(0, newline)));
          buffer = buffer.slice(newline + 1);
          newline = buffer.indexOf('\n');
        }
      }
    } catch {
      // aborted
    }
  })();
  const until = async (predicate: () => boolean) => {
    const deadline = Date.now() + 10_000;
    while (!predicate()) {
      if (Date.now() > deadline) {
        throw new Error(`watch events so far: ${JSON.stringify(events)}`);
      }
      await new Promise(r => setTimeout(r, 10));
    }
  };
  return {
    events,
    done,
    until,
    stop: () => controller.abort(),
    status: () => status,
  };
}

describe('watches on the test server', () => {
  let server: KubernetesTestServer;
  beforeEach(async () => {
    server = await KubernetesTestServer.start({
      objects,
      watch: { bookmarkIntervalMs: 50 },
    });
  });
  afterEach(() => server.stop());

  const listVersion = async () => {
    const res = await fetch(
      `${server.url}/apis/apps/v1/namespaces/team-a/deployments`,
    );
    return (await res.json()).metadata.resourceVersion as string;
  };

  it('streams the changes after a LIST resource version: ADDED, MODIFIED, DELETED, in the namespace and selector only', async () => {
    const rv = await listVersion();
    const watch = openWatch(
      server,
      `resourceVersion=${rv}&labelSelector=app%3Dapi`,
    );
    await watch.until(() => server.watchers === 1);
    server.putObject(deployment('web', { app: 'web' }));
    server.putObject(deployment('api2', { app: 'api' }));
    server.putObject({
      ...deployment('other', { app: 'api' }),
      metadata: { name: 'other', namespace: 'team-b', labels: { app: 'api' } },
    });
    server.putObject(deployment('api', { app: 'api', v: '2' }));
    server.deleteObject({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      namespace: 'team-a',
      name: 'api2',
    });
    await watch.until(() => watch.events.length >= 3);
    watch.stop();
    await watch.done;
    await watch.until(() => server.watchers === 0);
    expect(watch.status()).toBe(200);
    expect(
      watch.events.map(e => `${e.type} ${e.object.metadata.name}`),
    ).toEqual(['ADDED api2', 'MODIFIED api', 'DELETED api2']);
    const versions = watch.events.map(e =>
      Number(e.object.metadata.resourceVersion),
    );
    expect(versions[0]).toBeGreaterThan(Number(rv));
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(server.watchers).toBe(0);
  });

  it('replays the history from an older resource version, and starts with every object without one', async () => {
    const rv = await listVersion();
    server.putObject(deployment('web', { app: 'web' }));
    const replay = openWatch(server, `resourceVersion=${rv}`);
    await replay.until(() => replay.events.length === 1);
    replay.stop();
    expect(replay.events[0]).toMatchObject({
      type: 'ADDED',
      object: { kind: 'Deployment', metadata: { name: 'web' } },
    });

    const fresh = openWatch(server, '');
    await fresh.until(() => fresh.events.length === 2);
    fresh.stop();
    expect(
      fresh.events.map(e => `${e.type} ${e.object.metadata.name}`),
    ).toEqual(['ADDED api', 'ADDED web']);
  });

  it('sends bookmarks with the current resource version when asked', async () => {
    const rv = await listVersion();
    const watch = openWatch(
      server,
      `resourceVersion=${rv}&allowWatchBookmarks=true`,
    );
    await watch.until(() => watch.events.some(e => e.type === 'BOOKMARK'));
    watch.stop();
    const bookmark = watch.events.find(e => e.type === 'BOOKMARK');
    expect(bookmark?.object.metadata.resourceVersion).toBe(rv);

    const none = openWatch(server, `resourceVersion=${rv}`);
    await new Promise(r => setTimeout(r, 200));
    none.stop();
    expect(none.events).toEqual([]);
  });

  it('answers a watch from before the last replacement of every object with a 410 Expired event and ends it; open watches end the same way', async () => {
    const rv = await listVersion();
    const open = openWatch(server, `resourceVersion=${rv}`);
    await open.until(() => server.watchers === 1);
    server.setObjects(objects);
    await open.done;
    expect(open.events).toEqual([
      expect.objectContaining({
        type: 'ERROR',
        object: expect.objectContaining({ code: 410, reason: 'Expired' }),
      }),
    ]);

    const old = openWatch(server, `resourceVersion=${rv}`);
    await old.done;
    expect(old.events.map(e => `${e.type} ${e.object.code}`)).toEqual([
      'ERROR 410',
    ]);
  });

  it('ends a watch after timeoutSeconds, and refuses a malformed resource version', async () => {
    const watch = openWatch(
      server,
      `resourceVersion=${await listVersion()}&timeoutSeconds=1`,
    );
    const started = Date.now();
    await watch.done;
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    const res = await fetch(
      `${server.url}/apis/apps/v1/namespaces/team-a/deployments?watch=1&resourceVersion=abc`,
    );
    expect(res.status).toBe(400);
    expect((await res.json()).message).toBe('resourceVersion must be a number');
  });
});
