import type { WorkloadSourceFactory } from '@release-readiness/plugin-release-readiness-node';
import { createClusterWorkloadSource } from '../clusters/createClusterWorkloadSource';
import { describeClusterTarget } from '../clusters/describeClusterTarget';
import { namesAirGappedCluster } from '../clusters/namesAirGappedCluster';
import type { PlatformClusters } from '../clusters/PlatformCluster';
import { readEnvironmentCluster } from '../clusters/readEnvironmentCluster';
import { describeKubernetesTarget } from '../config/describeKubernetesTarget';
import { readKubernetesTarget } from '../config/readKubernetesTarget';
import { refuseTeamConnections } from '../config/refuseTeamConnections';
import { createKubeConfig } from './createKubeConfig';
import { KubernetesWorkloadSource } from './KubernetesWorkloadSource';
import { SharedReads } from './SharedReads';

/**
 * The `kubernetes` workload source: reads the environment's namespace live.
 *
 * @remarks
 * An environment names a platform cluster (`cluster: <name>`, `namespace`, optional
 * `labelSelector` at the top level of its block; the connection is
 * `releaseReadiness.clusters.<name>`), or, platform-owned only, carries its own connection
 * (`kubernetes`: `url`, `auth`, `caData`/`caFile`, `skipTLSVerify`, `labelSelector`). It serves
 * every environment that names a cluster that is not air-gapped (those are the `snapshot`
 * source's) or whose `kubernetes` block has `url` or `auth`, also without `workloads.source`.
 * Asked explicitly for an air-gapped cluster, it reads the cluster's snapshot of the namespace.
 * A team-owned block with a connection, an unknown cluster or any other invalid configuration is
 * a configuration error naming the key.
 *
 * @param clusters - the platform's clusters (`releaseReadiness.clusters`), read at start-up
 * @param shared - the module's watches and LIST parser
 */
export function createKubernetesWorkloadSourceFactory(
  clusters: PlatformClusters,
  shared: SharedReads = {},
): WorkloadSourceFactory {
  return {
    type: 'kubernetes',
    configures: ({ config }) =>
      (config.has('cluster') && !namesAirGappedCluster(config, clusters)) ||
      config.has('kubernetes.url') ||
      config.has('kubernetes.auth'),
    describeTarget: ({ config }) =>
      config.has('cluster')
        ? describeClusterTarget(config, clusters)
        : describeKubernetesTarget(config),
    create(options) {
      refuseTeamConnections(options);
      const onCluster = readEnvironmentCluster(options, clusters);
      if (onCluster) {
        return createClusterWorkloadSource(onCluster, shared);
      }
      const { environment, system, config, keyPrefix, logger } = options;
      const target = readKubernetesTarget(keyPrefix, config);
      const kubeConfig = createKubeConfig(target, {
        key: `${keyPrefix}.kubernetes`,
        name: target.cluster ?? environment,
      });
      const cluster =
        target.cluster ??
        kubeConfig.getCurrentContext() ??
        new URL(kubeConfig.getCurrentCluster()!.server).host;
      if (target.skipTLSVerify) {
        logger.warn(
          `TLS verification of the Kubernetes API server is off for environment '${environment}' of system '${system}' (${keyPrefix}.kubernetes.skipTLSVerify)`,
        );
      }
      return new KubernetesWorkloadSource({
        name: `kubernetes:${cluster}/${target.namespace}`,
        kubeConfig,
        namespace: target.namespace,
        labelSelector: target.labelSelector,
        parser: shared.parser,
      });
    },
  };
}
