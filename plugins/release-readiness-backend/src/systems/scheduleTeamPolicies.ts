import {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import type { TeamPolicyLoader } from './TeamPolicyLoader';

/** The id of the task that reads the teams' policy files again. */
export const TEAM_POLICIES_TASK_ID = 'release-readiness:team-policies';

/**
 * Reads the teams' policy files on a schedule. Local scope: every backend replica keeps the
 * systems in its own memory, so each reads the files (cheap, and unchanged files are skipped).
 */
export async function scheduleTeamPolicies(options: {
  scheduler: SchedulerService;
  schedule: SchedulerServiceTaskScheduleDefinition;
  loader: TeamPolicyLoader;
  logger: LoggerService;
}): Promise<void> {
  const { scheduler, schedule, loader, logger } = options;
  await scheduler.scheduleTask({
    id: TEAM_POLICIES_TASK_ID,
    ...schedule,
    scope: 'local',
    fn: async () => {
      try {
        await loader.refresh();
      } catch (error) {
        logger.warn(
          `Could not list the catalog's systems with a policy file: ${
            (error as Error).name
          }`,
        );
      }
    },
  });
}
