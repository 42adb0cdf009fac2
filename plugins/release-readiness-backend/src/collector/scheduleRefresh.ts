import {
  LoggerService,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';
import { Collector } from './Collector';

const KEY = 'releaseReadiness.collector.refresh';

/** Every 30 s, after a 5 s start delay, for at most 2 minutes a run. */
export const DEFAULT_REFRESH_SCHEDULE: SchedulerServiceTaskScheduleDefinition =
  {
    frequency: { seconds: 30 },
    timeout: { minutes: 2 },
    initialDelay: { seconds: 5 },
  };

/**
 * Keeps the collector's cache warm in the background. The task has global scope: with several
 * backend replicas (and a shared cache store such as Redis) one of them polls each upstream per
 * run, and all of them serve the result.
 */
export async function scheduleRefresh(options: {
  config: Config;
  scheduler: SchedulerService;
  collector: Collector;
  logger: LoggerService;
}): Promise<void> {
  const { config, scheduler, collector, logger } = options;
  let schedule = DEFAULT_REFRESH_SCHEDULE;
  if (config.has(KEY)) {
    try {
      schedule = readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig(KEY),
      );
    } catch (error) {
      throw new InputError(
        `Invalid configuration at '${KEY}': ${(error as Error).message}`,
      );
    }
  }
  // Only fixed frequencies tell when the next run is; with a cron expression every job is
  // refreshed on every run.
  const untilNextRunMs =
    'cron' in schedule.frequency || 'trigger' in schedule.frequency
      ? undefined
      : durationToMilliseconds(schedule.frequency as HumanDuration);
  await scheduler.scheduleTask({
    id: 'release-readiness:refresh',
    scope: 'global',
    ...schedule,
    fn: async () => {
      const started = Date.now();
      await collector.refreshAll({ untilNextRunMs });
      logger.debug(
        `Refreshed release-readiness sources in ${Date.now() - started} ms`,
      );
    },
  });
}
