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
import { RELEASE_READINESS_WORKLOADS_ANNOTATION } from '@release-readiness/plugin-release-readiness-common';
import { formFieldExtensions } from './components/ScaffolderFields/formFieldExtensions';
import { rootRouteRef } from './routes';
import { RoutedBoardRoot } from './RoutedBoardRoot';

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

/** The board at `/release-readiness` (every system, and a board per system), with a sidebar entry. */
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
 * The "Release readiness" tab of a Component of a System (`spec.system`) or of any entity that
 * names its workloads in the `release-readiness.io/workloads` annotation: the system's verdict per
 * environment and where each workload runs, in which version, with drift.
 */
export const releaseReadinessEntityContent = EntityContentBlueprint.make({
  name: 'workloads',
  params: {
    path: '/release-readiness',
    title: 'Release readiness',
    group: 'deployment',
    filter: {
      $any: [
        {
          [`metadata.annotations.${RELEASE_READINESS_WORKLOADS_ANNOTATION}`]: {
            $exists: true,
          },
        },
        { kind: 'component', 'spec.system': { $exists: true } },
      ],
    },
    loader: () =>
      import('./components/EntityWorkloads').then(m => (
        <RoutedBoardRoot>
          <m.EntityWorkloadsContent />
        </RoutedBoardRoot>
      )),
  },
});

/**
 * The "Release readiness" tab of a catalog System: its board, or how to add a release policy.
 */
export const releaseReadinessSystemEntityContent = EntityContentBlueprint.make({
  name: 'system',
  params: {
    path: '/release-readiness',
    title: 'Release readiness',
    group: 'deployment',
    filter: { kind: 'system' },
    loader: () =>
      import('./components/EntitySystem').then(m => (
        <RoutedBoardRoot>
          <m.EntitySystemContent />
        </RoutedBoardRoot>
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
    releaseReadinessSystemEntityContent,
    ...formFieldExtensions,
  ],
  routes: {
    root: rootRouteRef,
  },
});
