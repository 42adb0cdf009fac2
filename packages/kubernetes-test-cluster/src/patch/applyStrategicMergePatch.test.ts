import { applyStrategicMergePatch } from './applyStrategicMergePatch';
import { WriteError } from './WriteError';

const deployment = () => ({
  metadata: { name: 'api', annotations: { a: '1' } },
  spec: {
    replicas: 3,
    template: {
      metadata: { labels: { app: 'api', tier: 'backend' } },
      spec: {
        containers: [
          {
            name: 'api',
            image: 'api:1.0.0',
            env: [
              { name: 'A', value: '1' },
              { name: 'B', value: '2' },
            ],
            args: ['--a', '--b'],
          },
          { name: 'sidecar', image: 'proxy:1' },
        ],
        tolerations: [{ key: 'x' }],
      },
    },
  },
});

const container = (result: unknown, name: string) =>
  (result as ReturnType<typeof deployment>).spec.template.spec.containers.find(
    c => c.name === name,
  );

describe('applyStrategicMergePatch', () => {
  it('merges containers by name and env by name, replaces other lists, and keeps what the patch does not name', () => {
    const original = deployment();
    const result = applyStrategicMergePatch(original, {
      spec: {
        template: {
          spec: {
            containers: [
              {
                name: 'api',
                image: 'api:1.1.0',
                env: [
                  { name: 'B', value: '3' },
                  { name: 'C', value: '4' },
                ],
                args: ['--c'],
              },
              { name: 'debug', image: 'busybox' },
            ],
            tolerations: [{ key: 'y' }],
          },
        },
      },
    });
    expect(container(result, 'api')).toEqual({
      name: 'api',
      image: 'api:1.1.0',
      env: [
        { name: 'A', value: '1' },
        { name: 'B', value: '3' },
        { name: 'C', value: '4' },
      ],
      args: ['--c'],
    });
    expect(container(result, 'sidecar')).toEqual({
      name: 'sidecar',
      image: 'proxy:1',
    });
    expect(container(result, 'debug')).toEqual({
      name: 'debug',
      image: 'busybox',
    });
    expect(
      (result as ReturnType<typeof deployment>).spec.template.spec.tolerations,
    ).toEqual([{ key: 'y' }]);
    expect(original).toEqual(deployment());
  });

  it('replaces a whole object under $patch: replace, as a ControllerRevision stores a template', () => {
    const result = applyStrategicMergePatch(deployment(), {
      metadata: { resourceVersion: '9' },
      spec: {
        template: {
          $patch: 'replace',
          metadata: { labels: { app: 'api' } },
          spec: { containers: [{ name: 'api', image: 'api:0.9.0' }] },
        },
      },
    });
    expect(result).toEqual({
      metadata: { name: 'api', annotations: { a: '1' }, resourceVersion: '9' },
      spec: {
        replicas: 3,
        template: {
          metadata: { labels: { app: 'api' } },
          spec: { containers: [{ name: 'api', image: 'api:0.9.0' }] },
        },
      },
    });
  });

  it('removes list items under $patch: delete, and members set to null', () => {
    const result = applyStrategicMergePatch(deployment(), {
      metadata: { annotations: null },
      spec: {
        template: {
          spec: { containers: [{ name: 'sidecar', $patch: 'delete' }] },
        },
      },
    });
    const spec = (result as ReturnType<typeof deployment>).spec.template.spec;
    expect(spec.containers.map(c => c.name)).toEqual(['api']);
    expect((result as { metadata: Record<string, unknown> }).metadata).toEqual({
      name: 'api',
    });
  });

  it.each([
    ['a body that is no object', []],
    [
      'a container without its merge key',
      { spec: { template: { spec: { containers: [{ image: 'x' }] } } } },
    ],
    [
      'a directive it does not support',
      { spec: { '$deleteFromPrimitiveList/args': ['--a'] } },
    ],
  ])('refuses %s with 400', (_name, patch) => {
    let error: unknown;
    try {
      applyStrategicMergePatch(deployment(), patch);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WriteError);
    expect((error as WriteError).status).toBe(400);
  });
});
