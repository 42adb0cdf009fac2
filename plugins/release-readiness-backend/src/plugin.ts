import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { ScmIntegrations } from '@backstage/integration';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { Collector } from './collector/Collector';
import { readCollectorOptions } from './collector/readCollectorOptions';
import { scheduleRefresh } from './collector/scheduleRefresh';
import { GatePermissions } from './permissions';
import { registerOnCallSources } from './people/registerOnCallSources';
import { DatabaseManualGateStore } from './readiness/DatabaseManualGateStore';
import { registerReadinessSources } from './readiness/registerReadinessSources';
import { createRouter } from './router';
import { createSystemRuntime } from './systems/createSystemRuntime';
import { readPlatformSettings } from './systems/readPlatformSettings';
import { registerConfigSystems } from './systems/registerConfigSystems';
import { scheduleTeamPolicies } from './systems/scheduleTeamPolicies';
import { SystemRegistry } from './systems/SystemRegistry';
import { systemsRoutes } from './systems/systemsRoutes';
import { TeamPolicyLoader } from './systems/TeamPolicyLoader';
import { registerWorkloadSources } from './workloads/registerWorkloadSources';

/**
 * The release-readiness backend plugin: for every system (a catalog System and its team's release
 * policy) and each of its environments, workloads, gates, people and readiness.
 *
 * @public
 */
export const releaseReadinessPlugin = createBackendPlugin({
  pluginId: 'release-readiness',
  register(env) {
    const workloadSources = registerWorkloadSources(env);
    const onCallSources = registerOnCallSources(env);
    const { gateSources, incidentSources } = registerReadinessSources(env);
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        cache: coreServices.cache,
        scheduler: coreServices.scheduler,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        database: coreServices.database,
        auditor: coreServices.auditor,
        urlReader: coreServices.urlReader,
      },
      async init(deps) {
        const { config, logger, scheduler, httpAuth, httpRouter } = deps;
        const platform = readPlatformSettings(config);
        const collector = Collector.create({
          cache: deps.cache,
          logger,
          options: readCollectorOptions(config),
        });
        const systems = new SystemRegistry(platform);
        const gatePermissions = GatePermissions.register({
          permissions: deps.permissions,
          permissionsRegistry: deps.permissionsRegistry,
          exists: ({ system, environment, gate }) =>
            systems.entry(system)?.runtime?.hasManualGate(environment, gate) ??
            false,
        });
        const services = {
          ...deps,
          rootConfig: config,
          platform,
          collector,
          store: await DatabaseManualGateStore.create(deps),
          gatePermissions,
          workloadSources,
          gateSources,
          incidentSources,
          onCallSources,
        };
        const create = (
          system: Parameters<typeof createSystemRuntime>[0]['system'],
          owner?: string,
        ) => createSystemRuntime({ system, owner, services });
        const reserved = await registerConfigSystems({ config, systems, create });
        const teamPolicies = new TeamPolicyLoader({
          ...deps,
          integrations: ScmIntegrations.fromConfig(config),
          registry: systems,
          create,
          reserved,
        });
        systems.setLookUp(name => teamPolicies.lookUp(name));

        httpRouter.use(
          await createRouter({
            httpAuth,
            permissions: deps.permissions,
            routes: [systemsRoutes({ systems })],
          }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
        await scheduleRefresh({ config, scheduler, collector, logger });
        await scheduleTeamPolicies({
          scheduler,
          schedule: platform.teamFilesSchedule,
          loader: teamPolicies,
          logger,
        });
      },
    });
  },
});
