import type { Watch } from '@kubernetes/client-node';
import { RawObject } from './RawObject';
import { CollectionSnapshot, WatchedCollection } from './WatchedCollection';

/** A stand-in for client-node's Watch: records each watch and lets the test play the server. */
class ScriptedWatch implements Pick<Watch, 'watch'> {
  readonly opened: Array<{
    query: Record<string, unknown>;
    event: (phase: string, object: unknown) => void;
    done: (error: unknown) => void;
    aborted: boolean;
  }> = [];

  async watch(
    _path: string,
    query: Record<string, string | number | boolean | undefined>,
    event: (phase: string, object: unknown) => void,
    done: (error: unknown) => void,
  ): Promise<AbortController> {
    const controller = new AbortController();
    const entry = { query, event, done, aborted: false };
    controller.signal.addEventListener('abort', () => {
      entry.aborted = true;
    });
    this.opened.push(entry);
    return controller;
  }

  get last() {
    return this.opened[this.opened.length - 1];
  }
}

const object = (name: string, version: string, value = name) => ({
  metadata: { uid: `uid-${name}`, name, resourceVersion: version },
  value,
});
const trim = (raw: RawObject) =>
  `${raw.object('metadata')?.string('name')}=${raw.string('value')}`;

describe('WatchedCollection', () => {
  let now: number;
  let watch: ScriptedWatch;
  let listed: number;
  let collection: WatchedCollection<string>;
  const snapshot = (
    version: string | undefined,
  ): CollectionSnapshot<string> => ({
    items: new Map([['uid-a', 'a=a']]),
    resourceVersion: version,
  });
  const make = (version: string | null = '10') => {
    collection = new WatchedCollection({
      watch,
      path: '/api/v1/namespaces/ns/pods',
      list: async () => {
        listed += 1;
        return snapshot(version ?? undefined);
      },
      trim,
      maxSilenceMs: 60_000,
      idleMs: 600_000,
      now: () => now,
    });
  };
  const read = () => collection.read(new AbortController().signal);
  const flush = () => new Promise(r => setImmediate(r));

  beforeEach(() => {
    now = 1_000_000;
    watch = new ScriptedWatch();
    listed = 0;
    make();
  });
  afterEach(() => collection.close());

  it('watches from the list version with bookmarks, and applies ADDED, MODIFIED and DELETED', async () => {
    expect(await read()).toEqual(['a=a']);
    await flush();
    expect(watch.last.query).toMatchObject({
      resourceVersion: '10',
      allowWatchBookmarks: true,
    });
    watch.last.event('ADDED', object('b', '11'));
    watch.last.event('MODIFIED', object('a', '12', 'a2'));
    watch.last.event('DELETED', object('b', '13'));
    expect(await read()).toEqual(['a=a2']);
    expect(listed).toBe(1);
  });

  it('re-opens a watch the server ended normally from the last version seen (a bookmark counts)', async () => {
    await read();
    await flush();
    watch.last.event('BOOKMARK', { metadata: { resourceVersion: '42' } });
    now += 5_000;
    watch.last.done(null);
    await flush();
    expect(watch.opened).toHaveLength(2);
    expect(watch.last.query.resourceVersion).toBe('42');
    await read();
    expect(listed).toBe(1);
  });

  it('re-opens a watch client-node ended for 30 s without data (a quiet collection), without a new LIST', async () => {
    await read();
    await flush();
    watch.last.event('BOOKMARK', { metadata: { resourceVersion: '17' } });
    now += 30_000;
    const quiet = new Error('The operation was aborted due to timeout');
    quiet.name = 'TimeoutError';
    watch.last.done(quiet);
    await flush();
    expect(watch.opened).toHaveLength(2);
    expect(watch.last.query.resourceVersion).toBe('17');
    expect(collection.watching).toBe(true);
    await read();
    expect(listed).toBe(1);
  });

  it('counts a watch the server accepted as heard from, so a quiet one is not taken for silent', async () => {
    await read();
    await flush();
    now += 50_000;
    watch.last.done(null); // the server's timeout
    await flush(); // re-opened and accepted
    now += 50_000; // 100 s since the last event, 50 s since the watch was accepted
    expect(collection.watching).toBe(true);
    await read();
    expect(listed).toBe(1);
  });

  it('lists again after an ERROR event (410 Gone), a failed watch, or a watch that ended at once', async () => {
    await read();
    await flush();
    watch.last.event('ERROR', { kind: 'Status', code: 410, reason: 'Expired' });
    expect(collection.watching).toBe(false);
    await read();
    expect(listed).toBe(2);
    await flush();
    watch.last.done(new Error('socket hang up'));
    await read();
    expect(listed).toBe(3);
    await flush();
    watch.last.done(null); // at once: no re-open loop
    expect(collection.watching).toBe(false);
    await read();
    expect(listed).toBe(4);
  });

  it('does not trust a watch that has been silent longer than maxSilenceMs', async () => {
    await read();
    await flush();
    now += 59_000;
    await read();
    expect(listed).toBe(1);
    now += 2_000;
    expect(collection.watching).toBe(false);
    await read();
    expect(listed).toBe(2);
    expect(watch.opened[0].aborted).toBe(true);
  });

  it('ignores events of a watch it replaced', async () => {
    await read();
    await flush();
    const old = watch.last;
    old.event('ERROR', { code: 410 });
    await read();
    await flush();
    old.event('ADDED', object('z', '99'));
    expect(await read()).toEqual(['a=a']);
  });

  it('lists on every read when the list has no resource version to watch from', async () => {
    make(null);
    await read();
    await read();
    expect(listed).toBe(2);
    expect(watch.opened).toHaveLength(0);
  });
});
