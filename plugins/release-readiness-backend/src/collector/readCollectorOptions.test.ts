import { ConfigReader } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  DEFAULT_COLLECTOR_OPTIONS,
  readCollectorOptions,
} from './readCollectorOptions';

const read = (collector?: object) =>
  readCollectorOptions(
    new ConfigReader(collector ? { releaseReadiness: { collector } } : {}),
  );

describe('readCollectorOptions', () => {
  it('defaults every key', () => {
    expect(read()).toEqual(DEFAULT_COLLECTOR_OPTIONS);
  });

  it('reads durations in every Backstage format', () => {
    expect(
      read({
        timeout: '2s',
        cacheTtl: { minutes: 2 },
        maxStale: 'PT1H',
        concurrency: 4,
        maxRefsPerEnvironment: 5,
      }),
    ).toEqual({
      timeoutMs: 2000,
      cacheTtlMs: 120_000,
      maxStaleMs: 3_600_000,
      concurrency: 4,
      maxRefsPerEnvironment: 5,
    });
  });

  it('keeps 20 requested refs per environment by default', () => {
    expect(read({ timeout: '1s' }).maxRefsPerEnvironment).toBe(20);
  });

  it.each([
    [{ timeout: 'soon' }, 'releaseReadiness.collector.timeout'],
    [{ timeout: '0s' }, 'releaseReadiness.collector.timeout'],
    [{ concurrency: 0 }, 'releaseReadiness.collector.concurrency'],
    [{ concurrency: 2.5 }, 'releaseReadiness.collector.concurrency'],
    [{ concurrency: 'many' }, 'releaseReadiness.collector.concurrency'],
    [
      { maxRefsPerEnvironment: 0 },
      'releaseReadiness.collector.maxRefsPerEnvironment',
    ],
    [
      { maxRefsPerEnvironment: 1.5 },
      'releaseReadiness.collector.maxRefsPerEnvironment',
    ],
    [
      { maxRefsPerEnvironment: 'all' },
      'releaseReadiness.collector.maxRefsPerEnvironment',
    ],
    [
      { cacheTtl: '10m', maxStale: '1m' },
      'releaseReadiness.collector.maxStale',
    ],
  ])('rejects %j naming %s', (collector, key) => {
    expect(() => read(collector)).toThrow(`Invalid configuration at '${key}'`);
    expect(() => read(collector)).toThrow(InputError);
  });
});
