import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';

/**
 * Replaces the app's default sign-in page (`sign-in-page:app`) with the demo one: "Sign in as
 * guest" and the catalog's people, signed in through the backend's `demo` provider. Demo only:
 * the backend serves the people and that provider in development only.
 */
export const demoSignInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [
    SignInPageBlueprint.make({
      params: {
        loader: async () => (await import('./DemoSignInPage')).DemoSignInPage,
      },
    }),
  ],
});
