import { ConfigReader } from '@backstage/config';
import { readEnvironments } from '../environments/readEnvironments';
import { readRunningRefRules } from './readRunningRefRules';

function read(gates: object) {
  return readRunningRefRules(
    readEnvironments(
      new ConfigReader({
        releaseReadiness: {
          environments: {
            dev: { title: 'Dev', order: 1 },
            prod: { title: 'Prod', order: 2, gates },
          },
        },
      }),
    ),
  );
}

describe('readRunningRefRules', () => {
  it('reads the rule of every environment that has one', () => {
    const rules = read({
      source: 'config',
      runningRef: {
        workload: 'servanda-api',
        pattern: '^v?(?<ref>.+)$',
        template: 'v{ref}',
      },
    });
    expect([...rules]).toEqual([
      [
        'prod',
        {
          workload: 'servanda-api',
          pattern: '^v?(?<ref>.+)$',
          template: 'v{ref}',
        },
      ],
    ]);
  });

  it.each([
    [{ runningRef: {} }, 'gates.runningRef.workload'],
    [
      { runningRef: { workload: 'a', pattern: '(' } },
      'gates.runningRef.pattern',
    ],
    [
      { runningRef: { workload: 'a', template: 'v1' } },
      'gates.runningRef.template',
    ],
    [{ runningRef: { workload: 'a', tag: 'x' } }, 'gates.runningRef'],
  ])('rejects %j naming %s', (gates, key) => {
    expect(() => read(gates)).toThrow(
      `Invalid configuration at 'releaseReadiness.environments.prod.${key}'`,
    );
  });
});
