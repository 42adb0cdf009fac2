import { Config } from '@backstage/config';
import type { EnvironmentTarget } from '@release-readiness/plugin-release-readiness-common';

/**
 * Where an environment's `kubernetes` block says it runs, for the board: `<cluster>/<namespace>`
 * (or the namespace alone), offline when `airGapped` (or when read from a snapshot). Undefined
 * without a namespace. Reads only these three display keys, never credentials.
 */
export function describeKubernetesTarget(
  config: Config,
  options: { offline?: boolean } = {},
): EnvironmentTarget | undefined {
  const namespace = config.getOptionalString('kubernetes.namespace');
  if (!namespace) {
    return undefined;
  }
  const cluster = config.getOptionalString('kubernetes.cluster');
  return {
    label: cluster ? `${cluster}/${namespace}` : namespace,
    offline:
      options.offline ??
      config.getOptionalBoolean('kubernetes.airGapped') ??
      false,
  };
}
