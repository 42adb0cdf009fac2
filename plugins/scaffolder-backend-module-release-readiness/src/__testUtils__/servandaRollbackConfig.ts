import { SERVANDA_CONFIG } from './servandaCatalog';

/**
 * {@link SERVANDA_CONFIG} with rollbacks: `prod`'s workloads come from the test source
 * `kubernetes` (so it gets the native strategy), its verification polls every 50 ms for at most
 * 10 s, and the RACI has "trigger rollback" (R on-call, A product owner, C release captain).
 */
export const SERVANDA_ROLLBACK_CONFIG = {
  ...SERVANDA_CONFIG,
  systems: {
    servanda: {
      ...SERVANDA_CONFIG.systems.servanda,
      environments: {
        prod: {
          ...SERVANDA_CONFIG.systems.servanda.environments.prod,
          workloads: { source: 'kubernetes' },
          rollback: { verify: { interval: 'PT0.05S', timeout: 'PT10S' } },
        },
      },
      raci: {
        ...SERVANDA_CONFIG.systems.servanda.raci,
        activities: {
          ...SERVANDA_CONFIG.systems.servanda.raci.activities,
          rollback: {
            title: 'Trigger rollback',
            responsible: ['on-call'],
            accountable: ['product-owner'],
            consulted: ['release-captain'],
            informed: [],
          },
        },
      },
    },
  },
};
