import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { readConfigWithSchema } from '@release-readiness/plugin-release-readiness-node';
import { z } from 'zod';
import { DEFAULT_SYSTEM_NAME } from './SystemConfigRoot';
import {
  readCalendarWindows,
  ScopedWindow,
} from '../readiness/readCalendarWindows';

/** What the platform decides for every system. */
export interface PlatformSettings {
  /** The system the routes without `/systems/:system` serve. */
  defaultSystem?: string;
  /** Organisation-wide calendar windows; a system opts out of named ones. */
  organisationWindows: ScopedWindow[];
  /** Which clusters each system, or the systems of an owner group, may name. */
  clusterLimits?: ClusterLimits;
  /** How often team policy files are read again. */
  teamFilesSchedule: SchedulerServiceTaskScheduleDefinition;
  /** Where the board is mounted in the app (links in notifications), e.g. `/release-readiness`. */
  boardPath: string;
}

/** `releaseReadiness.limits.clusters`: allow-lists of cluster names. */
export interface ClusterLimits {
  bySystem: Record<string, string[]>;
  byOwner: Record<string, string[]>;
}

const limitsSchema = z
  .object({
    bySystem: z.record(z.string(), z.array(z.string().min(1))).default({}),
    byOwner: z.record(z.string(), z.array(z.string().min(1))).default({}),
  })
  .strict();

/** Every minute, first 2 s after start. */
const DEFAULT_TEAM_FILES_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 1 },
  timeout: { minutes: 2 },
  initialDelay: { seconds: 2 },
};

/**
 * Reads the platform-owned settings: `releaseReadiness.defaultSystem`, the organisation-wide
 * `releaseReadiness.calendar.windows`, `releaseReadiness.limits.clusters` and
 * `releaseReadiness.teamFiles.refresh`. Throws an `InputError` naming the key of an invalid value.
 */
export function readPlatformSettings(config: Config): PlatformSettings {
  const root = 'releaseReadiness';
  const { windows } = readCalendarWindows(config, `${root}.calendar`, {
    prefix: '',
  });
  const limits = config.has(`${root}.limits.clusters`)
    ? readConfigWithSchema(config, `${root}.limits.clusters`, limitsSchema, '')
    : undefined;
  let teamFilesSchedule = DEFAULT_TEAM_FILES_SCHEDULE;
  const refreshKey = `${root}.teamFiles.refresh`;
  if (config.has(refreshKey)) {
    try {
      teamFilesSchedule = readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig(refreshKey),
      );
    } catch (error) {
      throw new InputError(
        `Invalid configuration at '${refreshKey}': ${(error as Error).message}`,
      );
    }
  }
  return {
    defaultSystem:
      config.getOptionalString(`${root}.defaultSystem`) ??
      (config.has(`${root}.environments`) ? DEFAULT_SYSTEM_NAME : undefined),
    organisationWindows: windows,
    clusterLimits: limits,
    teamFilesSchedule,
    boardPath: readBoardPath(config, `${root}.boardPath`),
  };
}

function readBoardPath(config: Config, key: string): string {
  const value = config.getOptionalString(key) ?? '/release-readiness';
  if (!/^\/[A-Za-z0-9/_-]*$/.test(value)) {
    throw new InputError(
      `Invalid configuration at '${key}': expected an app path such as /release-readiness`,
    );
  }
  return value.replace(/\/+$/, '');
}
