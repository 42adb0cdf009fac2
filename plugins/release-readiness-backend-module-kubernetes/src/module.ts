import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { releaseReadinessWorkloadSourcesExtensionPoint } from '@release-readiness/plugin-release-readiness-node';
import { readPlatformClusters } from './clusters/readPlatformClusters';
import { createKubernetesWorkloadSourceFactory } from './kubernetes/createKubernetesWorkloadSourceFactory';
import { KubernetesWatches } from './kubernetes/KubernetesWatches';
import { ListParserPool } from './kubernetes/ListParserPool';
import { readListParserOptions } from './kubernetes/readListParserOptions';
import { createSnapshotWorkloadSourceFactory } from './snapshot/createSnapshotWorkloadSourceFactory';

/**
 * Adds the workload sources `kubernetes` (live, through `@kubernetes/client-node`) and
 * `snapshot` (offline `kubectl get -o yaml` files for air-gapped environments) to the
 * release-readiness backend. At start-up it reads the platform's clusters,
 * `releaseReadiness.clusters` (connections and credentials, or an air-gapped cluster's snapshot
 * files), which environments name; an invalid cluster stops the backend naming the key.
 *
 * @public
 */
export const releaseReadinessModuleKubernetes = createBackendModule({
  pluginId: 'release-readiness',
  moduleId: 'kubernetes',
  register(reg) {
    reg.registerInit({
      deps: {
        workloads: releaseReadinessWorkloadSourcesExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        lifecycle: coreServices.lifecycle,
      },
      async init({ workloads, config, logger, lifecycle }) {
        const clusters = readPlatformClusters(config, logger);
        // Clusters with `watch: true` keep their environments fresh by watches: open requests
        // that the backend's shutdown closes.
        const watches = new KubernetesWatches();
        lifecycle.addShutdownHook(() => watches.closeAll());
        // Large LIST bodies are parsed on worker threads (`releaseReadiness.kubernetesParsing`).
        const parser = new ListParserPool({
          ...readListParserOptions(config),
          logger,
        });
        lifecycle.addShutdownHook(() => parser.close());
        workloads.addWorkloadSource(
          createKubernetesWorkloadSourceFactory(clusters, { watches, parser }),
          createSnapshotWorkloadSourceFactory(clusters),
        );
      },
    });
  },
});
