import { CacheManager } from '@backstage/backend-defaults/cache';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type { Workload } from '@release-readiness/plugin-release-readiness-common';
import type { GateSource } from '@release-readiness/plugin-release-readiness-node';
import { Collector } from '../collector/Collector';
import { DEFAULT_COLLECTOR_OPTIONS } from '../collector/readCollectorOptions';
import { CiChecksReader, WorkloadsReader } from './CiChecksReader';

function collector(cache = memoryCache(), maxRefsPerEnvironment?: number) {
  return Collector.create({
    cache,
    logger: mockServices.logger.mock(),
    options: { ...DEFAULT_COLLECTOR_OPTIONS, maxRefsPerEnvironment },
  });
}

function memoryCache() {
  return CacheManager.fromConfig(
    new ConfigReader({ backend: { cache: { store: 'memory' } } }),
  ).forPlugin('release-readiness');
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

  describe('refs requests name', () => {
    const keyOf = (ref?: string) =>
      `gates:github:servanda/servanda${ref ? `@${ref}` : ''}`;

    it('keeps at most maxRefsPerEnvironment of them, dropping the least recently read with its cached result', async () => {
      const cache = memoryCache();
      const source = gateSource();
      const reader = new CiChecksReader({
        collector: collector(cache, 2),
        gateSources: new Map([['prod', { type: 'github', source }]]),
      });
      await reader.read('prod', undefined);
      await reader.read('prod', 'v1');
      await reader.read('prod', 'v2');
      await reader.read('prod', 'v1'); // cached; now the most recently read
      expect(source.asked).toEqual([undefined, 'v1', 'v2']);
      await expect(cache.get(keyOf('v2'))).resolves.toBeDefined();

      await reader.read('prod', 'v3'); // one too many: v2 goes
      await expect(cache.get(keyOf('v2'))).resolves.toBeUndefined();
      await expect(cache.get(keyOf('v1'))).resolves.toBeDefined();
      await expect(cache.get(keyOf('v3'))).resolves.toBeDefined();
      await reader.read('prod', 'v2'); // asked again
      expect(source.asked).toEqual([undefined, 'v1', 'v2', 'v3', 'v2']);

      // The default ref is not one of them: still cached, not asked again.
      await expect(cache.get(keyOf())).resolves.toBeDefined();
      await reader.read('prod', undefined);
      await reader.read('prod', 'main');
      expect(source.asked).toEqual([undefined, 'v1', 'v2', 'v3', 'v2']);
    });

    it('never drops the running ref or the named default ref', async () => {
      const cache = memoryCache();
      const source = gateSource();
      const reader = new CiChecksReader({
        collector: collector(cache, 1),
        gateSources: new Map([['prod', { type: 'github', source }]]),
        runningRefs: new Map([['prod', rule]]),
        workloads: running('1.4.2'),
      });
      await reader.read('prod', undefined); // runs v1.4.2
      await reader.read('prod', 'main');
      await reader.read('prod', 'v1.4.2'); // the running ref, named
      await reader.read('prod', 'v9');
      await reader.read('prod', 'v8'); // drops v9
      expect(source.asked).toEqual(['v1.4.2', 'main', 'v9', 'v8']);
      await expect(cache.get(keyOf('v9'))).resolves.toBeUndefined();

      await reader.read('prod', undefined);
      await reader.read('prod', 'v1.4.2');
      await reader.read('prod', 'main');
      expect(source.asked).toEqual(['v1.4.2', 'main', 'v9', 'v8']);
      await expect(cache.get(keyOf('v1.4.2'))).resolves.toBeDefined();
      await expect(cache.get(keyOf('main'))).resolves.toBeDefined();
    });

    it('keeps a ref another environment with the same source still uses', async () => {
      const cache = memoryCache();
      const source = gateSource();
      const reader = new CiChecksReader({
        collector: collector(cache, 1),
        gateSources: new Map([
          ['stage', { type: 'github', source }],
          ['prod', { type: 'github', source }],
        ]),
      });
      await reader.read('stage', 'v1');
      await reader.read('prod', 'v1');
      await reader.read('prod', 'v2'); // prod drops v1; stage still has it
      await expect(cache.get(keyOf('v1'))).resolves.toBeDefined();
      await reader.read('stage', 'v1');
      expect(source.asked).toEqual(['v1', 'v2']);
    });
  });
});
