import type { WorkloadSourceFactory } from '@internal/backstage-plugin-release-readiness-node';
import { describeKubernetesTarget } from '../config/describeKubernetesTarget';
import { readKubernetesTarget } from '../config/readKubernetesTarget';
import { createKubeConfig } from './createKubeConfig';
import { KubernetesWorkloadSource } from './KubernetesWorkloadSource';

/**
 * The `kubernetes` workload source: reads the environment's namespace live from its API server
 * (`releaseReadiness.environments.<env>.kubernetes`: `url`, `auth`, `caData`/`caFile`,
 * `skipTLSVerify`, `labelSelector`). Invalid configuration stops the backend with the key named.
 * It serves every environment whose `kubernetes` block says how to reach an API server (`url` or
 * `auth`), also without `workloads.source`.
 *
 * @public
 */
export const kubernetesWorkloadSourceFactory: WorkloadSourceFactory = {
  type: 'kubernetes',
  configures: ({ config }) =>
    config.has('kubernetes.url') || config.has('kubernetes.auth'),
  describeTarget: ({ config }) => describeKubernetesTarget(config),
  create({ environment, config, logger }) {
    const target = readKubernetesTarget(environment, config);
    const kubeConfig = createKubeConfig(environment, target);
    const cluster =
      target.cluster ??
      kubeConfig.getCurrentContext() ??
      new URL(kubeConfig.getCurrentCluster()!.server).host;
    if (target.skipTLSVerify) {
      logger.warn(
        `TLS verification of the Kubernetes API server is off for environment '${environment}' (skipTLSVerify)`,
      );
    }
    return new KubernetesWorkloadSource({
      name: `kubernetes:${cluster}/${target.namespace}`,
      kubeConfig,
      namespace: target.namespace,
      labelSelector: target.labelSelector,
    });
  },
};
