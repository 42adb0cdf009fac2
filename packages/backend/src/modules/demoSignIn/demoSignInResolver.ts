import type { SignInResolver } from '@backstage/plugin-auth-node';
import type { DemoAuthResult } from './DemoAuthResult';

/**
 * Signs in as the catalog user the authenticator validated: the token's subject is that user and
 * its ownership refs are the user and its groups, as the catalog says (`signInWithCatalogUser`,
 * no fallback for users missing from the catalog).
 */
export const demoSignInResolver: SignInResolver<DemoAuthResult> = async (
  { result },
  ctx,
) => ctx.signInWithCatalogUser({ entityRef: result.userEntityRef });
