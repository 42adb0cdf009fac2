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
});
