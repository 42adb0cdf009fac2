import { ObjectQuery, ObjectStore } from './ObjectStore';

const pod = (
  name: string,
  namespace?: string,
  labels?: Record<string, string>,
) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    name,
    ...(namespace && { namespace }),
    ...(labels && { labels }),
  },
});

describe('ObjectStore', () => {
  it('lists by type, namespace and labels, sorted by namespace and name', () => {
    const store = new ObjectStore();
    store.replaceAll([
      pod('b', 'n1', { app: 'x' }),
      pod('a', 'n2', { app: 'x' }),
      pod('c', 'n1'),
      pod('a', 'n1', { app: 'y' }),
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'a', namespace: 'n1' },
      },
    ]);
    const all = () => true;
    const names = (namespace?: string, matches: ObjectQuery['matches'] = all) =>
      store
        .list({ apiVersion: 'v1', kind: 'Pod', namespace, matches })
        .map(o => `${o.metadata.namespace}/${o.metadata.name}`);
    expect(names()).toEqual(['n1/a', 'n1/b', 'n1/c', 'n2/a']);
    expect(names('n1')).toEqual(['n1/a', 'n1/b', 'n1/c']);
    expect(names(undefined, labels => labels?.app === 'x')).toEqual([
      'n1/b',
      'n2/a',
    ]);
    expect(
      store.list({ apiVersion: 'apps/v1', kind: 'Pod', matches: all }),
    ).toEqual([]);
  });

  it('moves the resource version on with every change', () => {
    const store = new ObjectStore();
    const first = store.resourceVersion;
    store.replaceAll([pod('a', 'n')]);
    const second = store.resourceVersion;
    store.replaceAll([]);
    expect(second).toBeGreaterThan(first);
    expect(store.resourceVersion).toBeGreaterThan(second);
    expect(
      store.list({ apiVersion: 'v1', kind: 'Pod', matches: () => true }),
    ).toEqual([]);
  });

  it('stores one object at a time under a new resource version, past every loaded one, and hands out copies', () => {
    const store = new ObjectStore();
    store.replaceAll([
      {
        ...pod('a', 'n'),
        metadata: { name: 'a', namespace: 'n', resourceVersion: '5000' },
      },
    ]);
    const key = { apiVersion: 'v1', kind: 'Pod', namespace: 'n', name: 'a' };
    const copy = store.get(key);
    expect(copy?.metadata.resourceVersion).toBe('5000');
    if (!copy) throw new Error('expected the pod');
    copy.metadata.labels = { changed: 'yes' };
    expect(store.get(key)?.metadata.labels).toBeUndefined();

    const stored = store.put(copy);
    expect(Number(stored.metadata.resourceVersion)).toBeGreaterThan(5000);
    expect(stored.metadata.resourceVersion).toBe(String(store.resourceVersion));
    expect(store.get(key)?.metadata.labels).toEqual({ changed: 'yes' });
    store.put(pod('0', 'n'));
    expect(
      store
        .list({ apiVersion: 'v1', kind: 'Pod', matches: () => true })
        .map(o => o.metadata.name),
    ).toEqual(['0', 'a']);
    expect(store.get({ ...key, name: 'missing' })).toBeUndefined();
  });
});
