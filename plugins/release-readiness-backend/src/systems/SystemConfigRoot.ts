import { Config, ConfigReader } from '@backstage/config';

/**
 * The configuration of one system's release policy, wherever it comes from: the portal's
 * configuration (`releaseReadiness.systems.<name>`, or the single-system shorthand of
 * `releaseReadiness` itself) or a team's policy file.
 */
export interface SystemConfigRoot {
  /** The system's name, e.g. `servanda`. */
  name: string;
  /** The policy's root: it has `environments`, `raci`, `onCall`, `calendar`. */
  config: Config;
  /**
   * How messages name the root's keys: `releaseReadiness` (shorthand),
   * `releaseReadiness.systems.servanda`, or `` for a policy file (its keys are named as in the
   * file, e.g. `environments.prod.order`).
   */
  prefix: string;
  /** `platform` for the portal's configuration, `team` for a team's policy file. */
  owner: 'platform' | 'team';
}

/** The name of the system the single-system shorthand defines when none is configured. */
export const DEFAULT_SYSTEM_NAME = 'default';

/** The display key of `path` under a root, e.g. `releaseReadiness.systems.x.environments.prod`. */
export function keyOf(root: Pick<SystemConfigRoot, 'prefix'>, path: string) {
  return root.prefix ? `${root.prefix}.${path}` : path;
}

/**
 * The single-system shorthand: `releaseReadiness.environments`, `.raci`, `.onCall` and
 * `.calendar` of the portal's configuration form one system, named by
 * `releaseReadiness.defaultSystem` (default `default`).
 */
export function shorthandSystemRoot(rootConfig: Config): SystemConfigRoot {
  return {
    name:
      rootConfig.getOptionalString('releaseReadiness.defaultSystem') ??
      DEFAULT_SYSTEM_NAME,
    config:
      rootConfig.getOptionalConfig('releaseReadiness') ?? new ConfigReader({}),
    prefix: 'releaseReadiness',
    owner: 'platform',
  };
}

/**
 * Readers accept the portal's whole configuration (the single-system shorthand) or a system's
 * root; this tells them apart.
 */
export function asSystemRoot(
  input: Config | SystemConfigRoot,
): SystemConfigRoot {
  return 'prefix' in input && 'owner' in input
    ? input
    : shorthandSystemRoot(input);
}
