import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { ScmIntegrations } from '@backstage/integration';
import { notificationService } from '@backstage/plugin-notifications-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import { registerReadinessActions } from './actions/registerReadinessActions';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { DatabaseRestoreTestStore } from './backups/DatabaseRestoreTestStore';
import { registerBackupSources } from './backups/registerBackupSources';
import { Collector } from './collector/Collector';
import {
  DECISION_CHECK_PATH,
  decisionCheckRoutes,
} from './decisions/decisionCheckRoutes';
import { DatabaseDecisionStore } from './decisions/store/DatabaseDecisionStore';
import { readCollectorOptions } from './collector/readCollectorOptions';
import { scheduleRefresh } from './collector/scheduleRefresh';
import { GatePermissions } from './permissions';
import { registerOnCallSources } from './people/registerOnCallSources';
import { DatabaseManualGateStore } from './readiness/DatabaseManualGateStore';
import { registerReadinessSources } from './readiness/registerReadinessSources';
import { createRouter } from './router';
import { registerSlaSources } from './sla/registerSlaSources';
import { registerRollbackStrategies } from './rollbacks/registerRollbackStrategies';
import { DatabaseRollbackStore } from './rollbacks/store/DatabaseRollbackStore';
import { EnvironmentPermissions } from './permissions';
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
    const slaSources = registerSlaSources(env);
    const backupSources = registerBackupSources(env);
    const rollbackStrategies = registerRollbackStrategies(env);
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
        notifications: notificationService,
        signals: signalsServiceRef,
        actionsRegistry: actionsRegistryServiceRef,
        lifecycle: coreServices.lifecycle,
      },
      async init(deps) {
        const { config, logger, scheduler, httpAuth, httpRouter } = deps;
        const platform = readPlatformSettings(config);
        const shutdown = new AbortController();
        deps.lifecycle.addShutdownHook(() => shutdown.abort());
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
          restoreTests: await DatabaseRestoreTestStore.create(deps),
          decisionStore: await DatabaseDecisionStore.create(deps),
          rollbackStore: await DatabaseRollbackStore.create(deps),
          rollbackStrategies,
          environmentPermissions: EnvironmentPermissions.register({
            permissions: deps.permissions,
            permissionsRegistry: deps.permissionsRegistry,
            exists: ({ system, environment }) =>
              systems.entry(system)?.runtime?.environments.has(environment) ??
              false,
          }),
          shutdown: shutdown.signal,
          gatePermissions,
          workloadSources,
          gateSources,
          incidentSources,
          onCallSources,
          slaSources,
          backupSources,
        };
        const create = (
          system: Parameters<typeof createSystemRuntime>[0]['system'],
          owner?: string,
        ) => createSystemRuntime({ system, owner, services });
        const reserved = await registerConfigSystems({
          config,
          systems,
          create,
        });
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
            auditor: deps.auditor,
            routes: [systemsRoutes({ systems })],
            serviceRoutes: [
              {
                paths: DECISION_CHECK_PATH,
                router: decisionCheckRoutes({
                  systems,
                  httpAuth,
                  permissions: deps.permissions,
                }),
              },
            ],
          }),
        );
        registerReadinessActions({
          actionsRegistry: deps.actionsRegistry,
          systems,
          permissions: deps.permissions,
        });
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
