import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { releaseReadinessBackupSourcesExtensionPoint } from '@release-readiness/plugin-release-readiness-node';
import { createKubernetesBackupSourceFactories } from './backups/createKubernetesBackupSourceFactories';
import { readPlatformClusters } from './clusters/readPlatformClusters';

/**
 * Adds the Kubernetes backup sources to the release-readiness backend: `kubernetes-cronjob`
 * (a backup CronJob and its Jobs), `velero` (Velero Backups of a schedule) and `kubernetes-job`
 * (restore-test Jobs by label), read from the cluster an environment's workloads are read from,
 * live or from an air-gapped cluster's snapshot. It reads the platform's clusters,
 * `releaseReadiness.clusters`, at start-up, as the workloads module does; an invalid cluster
 * stops the backend naming the key.
 *
 * @remarks
 * A module of its own (`kubernetes-backups`) beside the workloads module, because it needs the
 * backend's `release-readiness.backup-sources` extension point: add it once the backend
 * provides that point.
 *
 * @public
 */
export const releaseReadinessModuleKubernetesBackups = createBackendModule({
  pluginId: 'release-readiness',
  moduleId: 'kubernetes-backups',
  register(reg) {
    reg.registerInit({
      deps: {
        backups: releaseReadinessBackupSourcesExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
      },
      async init({ backups, config, logger }) {
        backups.addBackupSource(
          ...createKubernetesBackupSourceFactories(
            readPlatformClusters(config, logger),
          ),
        );
      },
    });
  },
});
