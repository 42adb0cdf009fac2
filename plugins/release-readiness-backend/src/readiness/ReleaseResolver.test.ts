import { ConfigReader } from '@backstage/config';
import type { Workload } from '@release-readiness/plugin-release-readiness-common';
import { readEnvironments } from '../environments/readEnvironments';
import { readRefPatterns } from './readRefPatterns';
import { ReleaseResolver } from './ReleaseResolver';

const workload = (tag: string): Workload =>
  ({
    kind: 'Deployment',
    name: 'servanda-api',
    namespace: 'servanda-prod',
    images: [
      {
        container: 'servanda-api',
        image: `servanda/api:${tag}`,
        tag,
        version: tag,
      },
    ],
    rolloutStatus: 'complete',
    restarts: 0,
    managedBy: { tool: 'helm' },
    findings: [],
  } as Workload);

function resolver(items?: Workload[], stale = false) {
  return new ReleaseResolver({
    runningRefs: new Map([
      ['prod', { workload: 'servanda-api', template: 'v{ref}' }],
    ]),
    defaultRefs: new Map([
      ['prod', 'v1.0.0'],
      ['stage', 'v1.5.0-rc.1'],
    ]),
    refPatterns: new Map([['prod', /^(?:v[0-9]+[.][0-9]+[.][0-9]+)$/]]),
    workloads: async () => ({
      ...(items && { items }),
      source: items
        ? {
            name: 'kubernetes',
            status: stale ? 'stale' : 'ok',
            fetchedAt: '2026-03-24T10:00:00Z',
          }
        : {
            name: 'kubernetes',
            status: 'unavailable',
            error: { type: 'TIMEOUT', message: 'No answer within 5000 ms' },
          },
    }),
  });
}

describe('ReleaseResolver', () => {
  it('prefers the requested release, then the running one, then the source ref', async () => {
    const r = resolver([workload('1.4.2')]);
    expect(await r.resolve('prod', 'v1.5.0')).toEqual({
      ref: 'v1.5.0',
      origin: 'request',
    });
    expect(await r.resolve('prod')).toMatchObject({
      ref: 'v1.4.2',
      origin: 'running',
      basedOn: { status: 'ok' },
    });
    expect(await r.resolve('stage')).toEqual({
      ref: 'v1.5.0-rc.1',
      origin: 'default',
    });
    expect(await r.resolve('dev')).toEqual({
      reason: expect.stringContaining('no release is named for dev'),
    });
  });

  it('says why the running release cannot be told, and marks one read from stale workloads', async () => {
    expect(await resolver(undefined).resolve('prod')).toEqual({
      reason:
        'Cannot tell which commit prod runs: its workloads are unavailable (No answer within 5000 ms)',
    });
    expect(
      await resolver([workload('1.4.2')], true).resolve('prod'),
    ).toMatchObject({ ref: 'v1.4.2', basedOn: { status: 'stale' } });
  });

  it('validates a ref against the environment pattern and the length limit', () => {
    const r = resolver([]);
    expect(() =>
      r.validate('prod', 'v1.4.2', "query parameter 'ref'"),
    ).not.toThrow();
    expect(() => r.validate('prod', 'main', "query parameter 'ref'")).toThrow(
      "Invalid query parameter 'ref': 'main' is not a release name prod accepts",
    );
    expect(() =>
      r.validate('stage', 'feature/x-1', "body field 'ref'"),
    ).not.toThrow();
    expect(() => r.validate('stage', '-rf', "body field 'ref'")).toThrow(
      "Invalid body field 'ref'",
    );
    expect(() =>
      r.validate('stage', 'a'.repeat(201), "body field 'ref'"),
    ).toThrow("Invalid body field 'ref': at most 200 characters");
  });

  it('reads gates.refPattern and refuses an invalid one naming the key', () => {
    const read = (refPattern: string) => {
      const config = new ConfigReader({
        releaseReadiness: {
          environments: {
            prod: { title: 'P', order: 1, gates: { refPattern } },
          },
        },
      });
      return readRefPatterns(readEnvironments(config));
    };
    expect(read('v[0-9.]+').get('prod')!.test('v1.4.2')).toBe(true);
    expect(read('v[0-9.]+').get('prod')!.test('xv1.4.2')).toBe(false);
    expect(() => read('v[0-9')).toThrow(
      "Invalid configuration at 'releaseReadiness.environments.prod.gates.refPattern': is not a valid regular expression",
    );
  });
});
