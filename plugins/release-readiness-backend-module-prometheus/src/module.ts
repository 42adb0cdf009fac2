import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  releaseReadinessBackupSourcesExtensionPoint,
  releaseReadinessSlaSourcesExtensionPoint,
} from '@release-readiness/plugin-release-readiness-node';
import { createPrometheusBackupSourceFactory } from './backups/createPrometheusBackupSourceFactory';
import { PrometheusClients } from './client/PrometheusClients';
import { readPrometheusServers } from './config/readPrometheusServers';
import { createPrometheusSlaSourceFactory } from './sla/createPrometheusSlaSourceFactory';

/**
 * Adds the `prometheus` SLA source (request, error and latency counts) and the `prometheus`
 * backup source (timestamps of the last success, WAL lag) to the release-readiness backend.
 * Reads `releaseReadiness.prometheus.servers` at init; a bad value stops the backend with a
 * message naming the key.
 *
 * @public
 */
export const releaseReadinessModulePrometheus = createBackendModule({
  pluginId: 'release-readiness',
  moduleId: 'prometheus',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        sla: releaseReadinessSlaSourcesExtensionPoint,
        backups: releaseReadinessBackupSourcesExtensionPoint,
      },
      async init({ config, sla, backups }) {
        const clients = new PrometheusClients(readPrometheusServers(config));
        sla.addSlaSource(createPrometheusSlaSourceFactory({ clients }));
        backups.addBackupSource(
          createPrometheusBackupSourceFactory({ clients }),
        );
      },
    });
  },
});
