import { applyMergePatch } from './applyMergePatch';

describe('applyMergePatch', () => {
  it('merges objects, removes members set to null and replaces lists whole (RFC 7386), on a copy', () => {
    const original = {
      metadata: { labels: { a: '1', b: '2' }, resourceVersion: '5' },
      spec: { replicas: 3, paused: true, args: ['x', 'y'] },
    };
    expect(
      applyMergePatch(original, {
        metadata: { labels: { b: null, c: '3' } },
        spec: { paused: null, args: ['z'], replicas: 1 },
        status: { ready: true },
      }),
    ).toEqual({
      metadata: { labels: { a: '1', c: '3' }, resourceVersion: '5' },
      spec: { replicas: 1, args: ['z'] },
      status: { ready: true },
    });
    expect(original.spec.paused).toBe(true);
  });
});
