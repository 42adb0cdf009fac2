import { applyJsonPatch } from './applyJsonPatch';
import { WriteError } from './WriteError';

const doc = () => ({
  metadata: { name: 'api', resourceVersion: '7', annotations: { a: '1' } },
  spec: { list: ['x', 'y'], 'a/b': { '~c': 1 } },
});

function failure(patch: unknown): WriteError {
  try {
    applyJsonPatch(doc(), patch);
  } catch (error) {
    if (error instanceof WriteError) return error;
    throw error;
  }
  throw new Error('expected the patch to fail');
}

describe('applyJsonPatch', () => {
  it('applies add, remove, replace, move, copy and test in order, on a copy', () => {
    const original = doc();
    const result = applyJsonPatch(original, [
      { op: 'test', path: '/metadata/resourceVersion', value: '7' },
      { op: 'add', path: '/metadata/labels', value: { app: 'api' } },
      { op: 'add', path: '/spec/list/-', value: 'z' },
      { op: 'add', path: '/spec/list/0', value: 'w' },
      { op: 'remove', path: '/spec/list/1' },
      { op: 'replace', path: '/metadata/annotations', value: { b: '2' } },
      { op: 'copy', from: '/metadata/labels', path: '/spec/labels' },
      { op: 'move', from: '/spec/a~1b/~0c', path: '/spec/moved' },
    ]);
    expect(result).toEqual({
      metadata: {
        name: 'api',
        resourceVersion: '7',
        annotations: { b: '2' },
        labels: { app: 'api' },
      },
      spec: {
        list: ['w', 'y', 'z'],
        'a/b': {},
        labels: { app: 'api' },
        moved: 1,
      },
    });
    expect(original).toEqual(doc());
  });

  it('compares test values as JSON: member order does not matter, list order does', () => {
    expect(() =>
      applyJsonPatch(doc(), [
        {
          op: 'test',
          path: '/metadata',
          value: { annotations: { a: '1' }, resourceVersion: '7', name: 'api' },
        },
      ]),
    ).not.toThrow();
    expect(
      failure([{ op: 'test', path: '/spec/list', value: ['y', 'x'] }]).status,
    ).toBe(422);
  });

  it('answers a failed test as kube-apiserver does: 422 Invalid, the failed path as the cause', () => {
    const error = failure([
      { op: 'test', path: '/metadata/resourceVersion', value: '6' },
      { op: 'replace', path: '/metadata/name', value: 'never' },
    ]);
    expect(error.status).toBe(422);
    expect(error.toResponse().body).toContain(
      'testing value /metadata/resourceVersion failed',
    );
    expect(JSON.parse(error.toResponse().body)).toMatchObject({
      kind: 'Status',
      reason: 'Invalid',
      code: 422,
    });
  });

  it.each([
    [
      'replace a missing member',
      [{ op: 'replace', path: '/spec/nope', value: 1 }],
    ],
    ['remove a missing member', [{ op: 'remove', path: '/metadata/labels' }]],
    ['add below a missing member', [{ op: 'add', path: '/a/b', value: 1 }]],
    ['an index out of bounds', [{ op: 'add', path: '/spec/list/5', value: 1 }]],
    ['an unknown op', [{ op: 'frobnicate', path: '/spec' }]],
  ])('refuses to %s with 422', (_name, patch) => {
    expect(failure(patch).status).toBe(422);
  });

  it('refuses a body that is no list of operations with 400', () => {
    expect(failure({ spec: {} }).status).toBe(400);
    expect(failure([{ path: '/spec' }]).status).toBe(400);
  });
});
