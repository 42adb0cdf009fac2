import { CacheService } from '@backstage/backend-plugin-api';
import { CacheManager } from '@backstage/backend-defaults/cache';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Collector } from '../Collector';
import { CollectorOptions } from '../readCollectorOptions';

/**
 * A collector for tests on Backstage's real memory cache, with a clock the test moves. Pass
 * `cache` to let two collectors share one store, as two backend replicas do.
 */
export function createTestCollector(
  options: CollectorOptions,
  shared?: { cache: CacheService; clock: { now: number } },
) {
  const cache =
    shared?.cache ??
    CacheManager.fromConfig(
      new ConfigReader({ backend: { cache: { store: 'memory' } } }),
    ).forPlugin('release-readiness');
  const clock = shared?.clock ?? { now: Date.parse('2026-11-22T10:00:00Z') };
  const logger = mockServices.logger.mock();
  const collector = Collector.create({
    cache,
    logger,
    options,
    now: () => clock.now,
  });
  return {
    collector,
    cache,
    clock,
    logger,
    advance: (ms: number) => {
      clock.now += ms;
    },
    at: () => new Date(clock.now).toISOString(),
  };
}
