import { loadObjects } from './loadObjects';

describe('loadObjects', () => {
  it('reads single objects, multi-document YAML, kind: List documents and JSON', () => {
    const objects = loadObjects(`
apiVersion: v1
kind: Pod
metadata: { name: a, namespace: n }
---
apiVersion: v1
kind: List
items:
- { apiVersion: apps/v1, kind: Deployment, metadata: { name: b } }
- { apiVersion: batch/v1, kind: Job, metadata: { name: c } }
---
{ "apiVersion": "v1", "kind": "PodList", "items": [{ "apiVersion": "v1", "kind": "Pod", "metadata": { "name": "d" } }] }
---
`);
    expect(objects.map(o => `${o.kind}/${o.metadata.name}`)).toEqual([
      'Pod/a',
      'Deployment/b',
      'Job/c',
      'Pod/d',
    ]);
    expect(objects[0].metadata.namespace).toBe('n');
  });

  it('reads an empty list and an empty text as no objects', () => {
    expect(loadObjects('apiVersion: v1\nkind: List\nitems: []\n')).toEqual([]);
    expect(loadObjects('')).toEqual([]);
  });

  it.each([
    ['no name', 'apiVersion: v1\nkind: Pod\nmetadata: {}\n'],
    ['no kind', 'apiVersion: v1\nmetadata: { name: a }\n'],
    ['a list item that is not an object', 'kind: List\nitems: [7]\n'],
    ['items that are not a list', 'kind: List\nitems: { a: 1 }\n'],
    ['a scalar document', 'just text\n'],
  ])('refuses an object with %s', (_case, text) => {
    expect(() => loadObjects(text)).toThrow(
      /every object needs apiVersion, kind and metadata.name/,
    );
  });

  it('refuses invalid YAML', () => {
    expect(() => loadObjects('a: [1, 2\n')).toThrow(/invalid YAML/);
  });
});
