import type { BoardPaths } from './useBoardPaths';

/**
 * The sections (tabs) of an environment's page, each at its own path below the page:
 * `overview` at the page's own path, the others at `…/env/:env/<tab>`.
 *
 * @public
 */
export const ENVIRONMENT_TABS = [
  'overview',
  'workloads',
  'people',
  'sla',
  'backups',
  'rollbacks',
  'calendar',
] as const;

/**
 * One section of an environment's page; see {@link ENVIRONMENT_TABS}.
 *
 * @public
 */
export type EnvironmentTab = (typeof ENVIRONMENT_TABS)[number];

/**
 * The path of one section of an environment's page, e.g.
 * `/release-readiness/systems/servanda/env/prod/sla`; the overview is the page itself.
 *
 * @public
 */
export function environmentTabPath(
  paths: Pick<BoardPaths, 'environment'>,
  system: string,
  environment: string,
  tab: EnvironmentTab,
): string {
  const page = paths.environment(system, environment);
  return tab === 'overview' ? page : `${page}/${tab}`;
}
