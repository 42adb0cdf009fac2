import { sameTemplate } from './sameTemplate';

const template = (labels: Record<string, string>, extra: object = {}) => ({
  metadata: { labels, creationTimestamp: null },
  spec: { containers: [{ name: 'api', image: 'api:1', env: [] }], ...extra },
});

describe('sameTemplate', () => {
  it('ignores pod-template-hash, a $patch directive, member order and empty members', () => {
    expect(
      sameTemplate(template({ app: 'api', 'pod-template-hash': 'abc' }), {
        ...template({ app: 'api' }),
        $patch: 'replace',
      }),
    ).toBe(true);
    expect(
      sameTemplate(
        {
          spec: { containers: [{ image: 'api:1', name: 'api' }] },
          metadata: { labels: { app: 'api' } },
        },
        template({ app: 'api' }, { volumes: [], securityContext: {} }),
      ),
    ).toBe(true);
  });

  it('tells other labels, images and list orders apart', () => {
    expect(
      sameTemplate(template({ app: 'api' }), template({ app: 'web' })),
    ).toBe(false);
    expect(
      sameTemplate(template({ app: 'api' }), {
        ...template({ app: 'api' }),
        spec: { containers: [{ name: 'api', image: 'api:2' }] },
      }),
    ).toBe(false);
    const two = (first: string, second: string) => ({
      spec: {
        containers: [
          { name: first, image: 'x' },
          { name: second, image: 'x' },
        ],
      },
    });
    expect(sameTemplate(two('a', 'b'), two('b', 'a'))).toBe(false);
  });
});
