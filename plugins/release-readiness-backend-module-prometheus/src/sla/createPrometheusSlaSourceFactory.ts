import type { SlaSourceFactory } from '@release-readiness/plugin-release-readiness-node';
import type { PrometheusClients } from '../client/PrometheusClients';
import { resolveServerBlock } from '../config/resolveServerBlock';
import { PrometheusSlaSource } from './PrometheusSlaSource';
import { validateSlaMatchers } from './validateSlaMatchers';

/**
 * The `prometheus` SLA source: picked by `sla.source: prometheus` in an environment's block, with
 * `sla.prometheus.server` naming a server of `releaseReadiness.prometheus.servers`.
 *
 * @remarks
 * Validated when the source is created: the server block (a team-owned block may name only
 * `server`) and every service's metric and label matchers. Messages name
 * `<keyPrefix>.sla.<key>` and never quote a credential.
 */
export function createPrometheusSlaSourceFactory(options: {
  clients: PrometheusClients;
}): SlaSourceFactory {
  return {
    type: 'prometheus',
    create({ system, environment, config, keyPrefix, owner, logger }) {
      const server = resolveServerBlock({
        config,
        key: 'sla.prometheus',
        keyPrefix,
        owner,
        servers: options.clients.servers,
      });
      validateSlaMatchers({ config, keyPrefix });
      return new PrometheusSlaSource({
        client: options.clients.get(server),
        system,
        environment,
        logger,
      });
    },
  };
}
