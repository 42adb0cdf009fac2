import type {
  EnvironmentSummary,
  SystemSummary,
} from '@release-readiness/plugin-release-readiness-common';

/** Servanda's environments as the backend lists them. */
export const servandaEnvironments: EnvironmentSummary[] = [
  { name: 'stage', title: 'Staging', order: 1 },
  { name: 'prod', title: 'Production', order: 2 },
];

/** Two systems as `GET /systems` lists them. */
export const systems: SystemSummary[] = [
  {
    name: 'servanda',
    title: 'Servanda',
    entityRef: 'system:default/servanda',
    environments: servandaEnvironments,
    policy: { origin: 'config', location: 'releaseReadiness', status: 'ok' },
  },
  {
    name: 'wimmelwelt',
    title: 'Wimmelwelt',
    entityRef: 'system:default/wimmelwelt',
    environments: [{ name: 'production', title: 'Live', order: 1 }],
    policy: { origin: 'config', location: 'releaseReadiness', status: 'ok' },
  },
];
