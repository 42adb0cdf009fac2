import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  authProvidersExtensionPoint,
  createProxyAuthProviderFactory,
} from '@backstage/plugin-auth-node';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { createDemoAuthenticator } from './createDemoAuthenticator';
import {
  createDemoUsersHandler,
  DEMO_USERS_PATH,
} from './createDemoUsersHandler';
import { demoSignInResolver } from './demoSignInResolver';
import { readDemoSignInConfig } from './readDemoSignInConfig';

/**
 * Demo sign-in for the auth plugin: the `demo` provider signs in as any catalog user named in the
 * `x-demo-user` header (`GET /api/auth/demo/refresh`), and `GET /api/auth/demo/users` lists the
 * people to choose from. Demo only.
 *
 * @remarks
 * Configuration (`auth.providers.demo`; see `readDemoSignInConfig`):
 * - the block must exist, e.g. `demo: { enabled: true }`;
 * - `enabled` (default `true`);
 * - `dangerouslyAllowOutsideDevelopment` (default `false`): without it the provider only works
 *   when `NODE_ENV=development`, like the guest provider.
 *
 * Disabled, refresh is refused (403; 404 without the block) and the people list answers 404.
 */
export const demoSignInModule = createBackendModule({
  pluginId: 'auth',
  moduleId: 'demo-provider',
  register(reg) {
    reg.registerInit({
      deps: {
        providers: authProvidersExtensionPoint,
        config: coreServices.rootConfig,
        httpRouter: coreServices.httpRouter,
        auth: coreServices.auth,
        logger: coreServices.logger,
        catalog: catalogServiceRef,
      },
      async init({ providers, config, httpRouter, auth, logger, catalog }) {
        const { enabled } = readDemoSignInConfig(config, process.env.NODE_ENV);
        providers.registerProvider({
          providerId: 'demo',
          factory: createProxyAuthProviderFactory({
            authenticator: createDemoAuthenticator({ enabled }),
            signInResolver: demoSignInResolver,
          }),
        });
        httpRouter.use(
          createDemoUsersHandler({ enabled, catalog, auth, logger }),
        );
        httpRouter.addAuthPolicy({
          path: DEMO_USERS_PATH,
          allow: 'unauthenticated',
        });
        if (enabled) {
          logger.warn(
            'Demo sign-in is enabled: anyone who can reach this backend can sign in as any catalog user. Never enable it in production.',
          );
        }
      },
    });
  },
});
