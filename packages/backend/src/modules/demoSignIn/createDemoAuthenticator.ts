import { NotAllowedError } from '@backstage/errors';
import { createProxyAuthenticator } from '@backstage/plugin-auth-node';
import type { DemoAuthResult } from './DemoAuthResult';
import { demoProfileTransform } from './demoProfileTransform';
import { DEMO_USER_HEADER, parseDemoUserRef } from './parseDemoUserRef';
import { DEMO_SIGN_IN_CONFIG_KEY } from './readDemoSignInConfig';

/**
 * The `demo` proxy authenticator: takes the user to sign in as from the `x-demo-user` header.
 * When the provider is disabled every request is refused with 403, whatever it asks for.
 *
 * @param options - `enabled` as `readDemoSignInConfig` decided it
 */
export function createDemoAuthenticator(options: { enabled: boolean }) {
  return createProxyAuthenticator<
    { enabled: boolean },
    DemoAuthResult,
    undefined
  >({
    defaultProfileTransform: demoProfileTransform,
    initialize: () => ({ enabled: options.enabled }),
    async authenticate({ req }, ctx) {
      if (!ctx.enabled) {
        throw new NotAllowedError(
          `The demo sign-in is disabled: it needs '${DEMO_SIGN_IN_CONFIG_KEY}' and NODE_ENV=development, or '${DEMO_SIGN_IN_CONFIG_KEY}.dangerouslyAllowOutsideDevelopment: true'`,
        );
      }
      return {
        result: {
          userEntityRef: parseDemoUserRef(req.header(DEMO_USER_HEADER)),
        },
      };
    },
  });
}
