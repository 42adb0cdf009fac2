import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { releaseReadinessApiRef } from '../api/ReleaseReadinessApi';
import { ReleaseReadinessClient } from '../api/ReleaseReadinessClient';
import { legacyRootRouteRef } from './routes';

/**
 * The release-readiness plugin for apps on the legacy frontend system (`createApp` from
 * `@backstage/app-defaults`). Mount {@link ReleaseReadinessPage} on a route, e.g.
 * `<Route path="/release-readiness" element={<ReleaseReadinessPage />} />`.
 *
 * @public
 */
export const releaseReadinessPlugin = createPlugin({
  id: 'release-readiness',
  apis: [
    createApiFactory({
      api: releaseReadinessApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new ReleaseReadinessClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: {
    root: legacyRootRouteRef,
  },
});

/**
 * The board page (legacy frontend system), with its own header.
 *
 * @public
 */
export const ReleaseReadinessPage: () => JSX.Element =
  releaseReadinessPlugin.provide(
    createRoutableExtension({
      name: 'ReleaseReadinessPage',
      component: () =>
        import('../components/ReleaseReadinessRouter').then(
          m => m.LegacyReleaseReadinessPage,
        ),
      mountPoint: legacyRootRouteRef,
    }),
  );

/**
 * The entity tab content of a component (legacy frontend system): its system's verdict per
 * environment and where the component's workloads run. Show it with
 * `<EntityLayout.Route path="/release-readiness" title="Release readiness" if={isReleaseReadinessAvailable}>`.
 *
 * @public
 */
export const EntityReleaseReadinessContent: () => JSX.Element =
  releaseReadinessPlugin.provide(
    createComponentExtension({
      name: 'EntityReleaseReadinessContent',
      component: {
        lazy: () =>
          import('./LegacyEntityWorkloadsContent').then(
            m => m.LegacyEntityWorkloadsContent,
          ),
      },
    }),
  );

/**
 * The entity tab content of a catalog System (legacy frontend system): the system's board, or how
 * to add a release policy. Show it on the System page with
 * `<EntityLayout.Route path="/release-readiness" title="Release readiness">`.
 *
 * @public
 */
export const EntityReleaseReadinessSystemContent: () => JSX.Element =
  releaseReadinessPlugin.provide(
    createComponentExtension({
      name: 'EntityReleaseReadinessSystemContent',
      component: {
        lazy: () =>
          import('./LegacyEntitySystemContent').then(
            m => m.LegacyEntitySystemContent,
          ),
      },
    }),
  );
