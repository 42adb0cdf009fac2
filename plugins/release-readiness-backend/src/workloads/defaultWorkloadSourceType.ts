import { EnvironmentDefinition } from '../config/readEnvironments';

/**
 * The workload source of an environment that does not name one in `workloads.source`:
 * `kubernetes` when its `kubernetes` block says how to reach an API server (`url` or `auth`) and
 * a module provides that type; otherwise none, and the environment's workloads tile says why.
 *
 * @remarks
 * An explicit `workloads.source` naming a type no module provides still stops the backend.
 */
export function defaultWorkloadSourceType(
  environment: EnvironmentDefinition,
  installedTypes: string[],
): string | undefined {
  const reachable =
    environment.config.has('kubernetes.url') ||
    environment.config.has('kubernetes.auth');
  return reachable && installedTypes.includes('kubernetes')
    ? 'kubernetes'
    : undefined;
}
