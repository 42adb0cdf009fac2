/*
 * Hi!
 *
 * Note that this is an EXAMPLE Backstage backend. Please check the README.
 *
 * Happy hacking!
 */

import { createBackend } from '@backstage/backend-defaults';
import {
  releaseReadinessModuleKubernetesBackups,
  releaseReadinessModuleKubernetesRollback,
} from '@release-readiness/plugin-release-readiness-backend-module-kubernetes';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));
backend.add(import('@backstage/plugin-proxy-backend'));

// scaffolder plugin
backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(import('@backstage/plugin-scaffolder-backend-module-github'));
backend.add(
  import('@backstage/plugin-scaffolder-backend-module-notifications'),
);
// go/no-go actions of the release-readiness plugin set
backend.add(
  import(
    '@release-readiness/plugin-scaffolder-backend-module-release-readiness'
  ),
);

// techdocs plugin
backend.add(import('@backstage/plugin-techdocs-backend'));

// auth plugin
backend.add(import('@backstage/plugin-auth-backend'));
// See https://backstage.io/docs/backend-system/building-backends/migrating#the-auth-plugin
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
// See https://backstage.io/docs/auth/guest/provider
backend.add(import('./modules/demoSignIn')); // demo sign-in as catalog users (README "Demo sign-in")

// catalog plugin
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);

// See https://backstage.io/docs/features/software-catalog/configuration#subscribing-to-catalog-errors
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

// permission plugin, with the portal's policy: users read every board; manual gate results are
// further checked by the release-readiness backend against each environment's RACI (README
// "Permissions" shows how to write your own).
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(import('./modules/permissionPolicy'));

// search plugin
backend.add(import('@backstage/plugin-search-backend'));

// search engine
// See https://backstage.io/docs/features/search/search-engines
backend.add(import('@backstage/plugin-search-backend-module-pg'));

// search collators
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
backend.add(import('@backstage/plugin-search-backend-module-techdocs'));

// kubernetes plugin
backend.add(import('@backstage/plugin-kubernetes-backend'));

// user settings plugin
backend.add(import('@backstage/plugin-user-settings-backend'));

// notifications and signals plugins
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

// mcp actions plugin
backend.add(import('@backstage/plugin-mcp-actions-backend'));

// release-readiness plugin and its data-source modules
backend.add(import('@release-readiness/plugin-release-readiness-backend'));
backend.add(
  import(
    '@release-readiness/plugin-release-readiness-backend-module-kubernetes'
  ),
);
backend.add(releaseReadinessModuleKubernetesBackups);
backend.add(releaseReadinessModuleKubernetesRollback);
backend.add(
  import('@release-readiness/plugin-release-readiness-backend-module-github'),
);
backend.add(
  import(
    '@release-readiness/plugin-release-readiness-backend-module-pagerduty'
  ),
);
backend.add(
  import('@release-readiness/plugin-release-readiness-backend-module-http'),
);
backend.add(
  import(
    '@release-readiness/plugin-release-readiness-backend-module-prometheus'
  ),
);

backend.start();
