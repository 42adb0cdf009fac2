import { createBackendModule } from '@backstage/backend-plugin-api';
import { releaseReadinessWorkloadSourcesExtensionPoint } from '@internal/backstage-plugin-release-readiness-node';
import { kubernetesWorkloadSourceFactory } from './kubernetes/kubernetesWorkloadSourceFactory';
import { snapshotWorkloadSourceFactory } from './snapshot/snapshotWorkloadSourceFactory';

/**
 * Adds the workload sources `kubernetes` (live, through `@kubernetes/client-node`) and
 * `snapshot` (offline `kubectl get -o yaml` files for air-gapped environments) to the
 * release-readiness backend.
 *
 * @public
 */
export const releaseReadinessModuleKubernetes = createBackendModule({
  pluginId: 'release-readiness',
  moduleId: 'kubernetes',
  register(reg) {
    reg.registerInit({
      deps: { workloads: releaseReadinessWorkloadSourcesExtensionPoint },
      async init({ workloads }) {
        workloads.addWorkloadSource(
          kubernetesWorkloadSourceFactory,
          snapshotWorkloadSourceFactory,
        );
      },
    });
  },
});
