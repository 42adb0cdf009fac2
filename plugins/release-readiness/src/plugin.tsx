import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import RocketLaunchIcon from '@mui/icons-material/RocketLaunch';
import { releaseReadinessApiRef } from './api/ReleaseReadinessApi';
import { ReleaseReadinessClient } from './api/ReleaseReadinessClient';
import { RELEASE_READINESS_WORKLOADS_ANNOTATION } from '@internal/backstage-plugin-release-readiness-common';
import { rootRouteRef } from './routes';

/** The backend client. */
export const releaseReadinessApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: releaseReadinessApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new ReleaseReadinessClient({ discoveryApi, fetchApi }),
    }),
});

/** The board at `/release-readiness`, with a sidebar entry. */
export const releaseReadinessPage = PageBlueprint.make({
  params: {
    path: '/release-readiness',
    routeRef: rootRouteRef,
    title: 'Release readiness',
    icon: <RocketLaunchIcon />,
    loader: () =>
      import('./components/ReleaseReadinessRouter').then(m => (
        <m.ReleaseReadinessRouter />
      )),
  },
});

/**
 * The "Release readiness" tab on catalog entities that name their workloads in the
 * `release-readiness.io/workloads` annotation: where each runs, in which version, with drift.
 */
export const releaseReadinessEntityContent = EntityContentBlueprint.make({
  name: 'workloads',
  params: {
    path: '/release-readiness',
    title: 'Release readiness',
    group: 'deployment',
    filter: {
      [`metadata.annotations.${RELEASE_READINESS_WORKLOADS_ANNOTATION}`]: {
        $exists: true,
      },
    },
    loader: () =>
      import('./components/EntityWorkloads').then(m => (
        <m.EntityWorkloadsContent />
      )),
  },
});

/**
 * The release-readiness frontend plugin for the new frontend system. Apps with
 * `app.packages: all` pick it up without code changes.
 *
 * @public
 */
export const releaseReadinessFrontendPlugin = createFrontendPlugin({
  pluginId: 'release-readiness',
  title: 'Release readiness',
  icon: <RocketLaunchIcon />,
  info: { packageJson: () => import('../package.json') },
  extensions: [
    releaseReadinessApi,
    releaseReadinessPage,
    releaseReadinessEntityContent,
  ],
  routes: {
    root: rootRouteRef,
  },
});
