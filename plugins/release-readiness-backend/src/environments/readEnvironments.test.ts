import { ConfigReader } from '@backstage/config';
import { readEnvironments } from './readEnvironments';

const env = (order: number, extra: object = {}) => ({
  title: `T${order}`,
  order,
  ...extra,
});

describe('readEnvironments', () => {
  it('returns environments in promotion order with their public fields only; source blocks stay for the sources', () => {
    const config = new ConfigReader({
      releaseReadiness: {
        environments: {
          prod: env(3, {
            promotion: 'manual approval',
            kubernetes: {
              cluster: 'c1',
              namespace: 'servanda-prod',
              auth: { token: 'secret' },
            },
          }),
          dev: env(1),
          stage: env(2),
        },
      },
    });
    const result = readEnvironments(config);
    expect(result.map(e => e.summary.name)).toEqual(['dev', 'stage', 'prod']);
    expect(result[2].summary).toEqual({
      name: 'prod',
      title: 'T3',
      order: 3,
      promotion: 'manual approval',
    });
    expect(JSON.stringify(result.map(e => e.summary))).not.toContain('secret');
    expect(result[2].config.getString('kubernetes.auth.token')).toBe('secret');
  });

  it('breaks order ties by name', () => {
    const config = new ConfigReader({
      releaseReadiness: { environments: { b: env(1), a: env(1) } },
    });
    expect(readEnvironments(config).map(e => e.summary.name)).toEqual([
      'a',
      'b',
    ]);
  });

  it('returns no environments when none are configured', () => {
    expect(readEnvironments(new ConfigReader({}))).toEqual([]);
  });

  it.each([
    [{ prod: { order: 1 } }, "'releaseReadiness.environments.prod.title'"],
    [
      { prod: env(1, { order: 'last' }) },
      "'releaseReadiness.environments.prod.order'",
    ],
    [
      { prod: env(1, { order: 1.5 }) },
      "'releaseReadiness.environments.prod.order'",
    ],
    [{ Prod: env(1) }, "'releaseReadiness.environments.Prod'"],
  ])('rejects %j naming %s', (environments, key) => {
    const config = new ConfigReader({ releaseReadiness: { environments } });
    expect(() => readEnvironments(config)).toThrow(
      `Invalid configuration at ${key}`,
    );
  });
});
