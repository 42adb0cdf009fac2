import { CacheManager } from '@backstage/backend-defaults/cache';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type { Workload } from '@internal/backstage-plugin-release-readiness-common';
import type { GateSource } from '@internal/backstage-plugin-release-readiness-node';
import { Collector } from '../collector/Collector';
import { DEFAULT_COLLECTOR_OPTIONS } from '../collector/readCollectorOptions';
import { CiChecksReader, WorkloadsReader } from './CiChecksReader';

function collector() {
  return Collector.create({
    cache: CacheManager.fromConfig(
      new ConfigReader({ backend: { cache: { store: 'memory' } } }),
    ).forPlugin('release-readiness'),
    logger: mockServices.logger.mock(),
    options: DEFAULT_COLLECTOR_OPTIONS,
  });
}

function gateSource(): GateSource & { asked: (string | undefined)[] } {
  const asked: (string | undefined)[] = [];
  return {
    key: 'github:servanda/servanda',
    name: 'github:servanda/servanda',
    defaultRef: 'main',
    asked,
    async getChecks({ ref }) {
      asked.push(ref);
      return {
        ref: { name: ref ?? 'main' },
        checks: [{ name: 'lint', state: 'passed' }],
      };
    },
  };
}

function running(tag: string | undefined): WorkloadsReader {
  return async () =>
    tag === undefined
      ? {
          source: {
            name: 'kubernetes:demo/servanda-prod',
            status: 'unavailable',
            error: { type: 'TIMEOUT', message: 'No answer within 5000 ms' },
          },
        }
      : {
          items: [
            {
              kind: 'Deployment',
              name: 'servanda-api',
              namespace: 'servanda-prod',
              images: [
                {
                  container: 'servanda-api',
                  image: `r/servanda-api:${tag}`,
                  tag,
                  version: tag,
                },
              ],
              rolloutStatus: 'complete',
              restarts: 0,
              managedBy: { tool: 'plain' },
              findings: [],
            } as Workload,
          ],
          source: {
            name: 'kubernetes:demo/servanda-prod',
            status: 'ok',
            fetchedAt: '2026-11-22T10:00:00Z',
          },
        };
}

const rule = { workload: 'servanda-api', template: 'v{ref}' };

describe('CiChecksReader', () => {
  it('asks the gate source for the ref the environment runs', async () => {
    const source = gateSource();
    let tag = '1.4.2';
    const reader = new CiChecksReader({
      collector: collector(),
      gateSources: new Map([['prod', { type: 'github', source }]]),
      runningRefs: new Map([['prod', rule]]),
      workloads: async env => running(tag)(env),
    });
    await expect(reader.read('prod', undefined)).resolves.toMatchObject({
      value: { ref: { name: 'v1.4.2' } },
      source: { status: 'ok' },
    });
    // After a deploy the new ref is checked.
    tag = '1.5.0';
    await expect(reader.read('prod', undefined)).resolves.toMatchObject({
      value: { ref: { name: 'v1.5.0' } },
    });
    expect(source.asked).toEqual(['v1.4.2', 'v1.5.0']);
  });

  it('prefers the ref a request names', async () => {
    const source = gateSource();
    const reader = new CiChecksReader({
      collector: collector(),
      gateSources: new Map([['prod', { type: 'github', source }]]),
      runningRefs: new Map([['prod', rule]]),
      workloads: running('1.4.2'),
    });
    await reader.read('prod', 'v1.6.0-rc.1');
    await reader.read('prod', 'main');
    expect(source.asked).toEqual(['v1.6.0-rc.1', 'main']);
  });

  it('is unavailable with the reason when it cannot tell what runs', async () => {
    const source = gateSource();
    const reader = new CiChecksReader({
      collector: collector(),
      gateSources: new Map([['prod', { type: 'github', source }]]),
      runningRefs: new Map([['prod', rule]]),
      workloads: running(undefined),
    });
    await expect(reader.read('prod', undefined)).resolves.toEqual({
      source: {
        name: 'github:servanda/servanda',
        status: 'unavailable',
        error: {
          type: 'NOT_FOUND',
          message:
            'Cannot tell which commit prod runs: its workloads are unavailable (No answer within 5000 ms)',
        },
      },
    });
    expect(source.asked).toEqual([]);
  });

  it('uses the default ref without a rule, and nothing without a gate source', async () => {
    const source = gateSource();
    const reader = new CiChecksReader({
      collector: collector(),
      gateSources: new Map([['prod', { type: 'github', source }]]),
    });
    await expect(reader.read('prod', undefined)).resolves.toMatchObject({
      value: { ref: { name: 'main' } },
    });
    expect(source.asked).toEqual([undefined]);
    await expect(reader.read('dev', undefined)).resolves.toBeUndefined();
  });
});
