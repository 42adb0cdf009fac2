import type { IdentityApi } from '@backstage/frontend-plugin-api';

/**
 * The same identity, with `onSignOut` run before it signs out (the app then reloads its root, where
 * the sign-in page shows the picker again). Delegates method by method: the identity is a class
 * instance, so an object spread would lose its methods.
 */
export function withSignOut(
  identity: IdentityApi,
  onSignOut: () => void,
): IdentityApi {
  return {
    getProfileInfo: () => identity.getProfileInfo(),
    getBackstageIdentity: () => identity.getBackstageIdentity(),
    getCredentials: () => identity.getCredentials(),
    signOut: async () => {
      onSignOut();
      await identity.signOut();
    },
  };
}
