import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { SignalsService } from '@backstage/plugin-signals-node';
import {
  AuditorService,
  AuthService,
  HttpAuthService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type {
  GateSource,
  IncidentSource,
  OnCallSource,
  SlaSource,
} from '@release-readiness/plugin-release-readiness-node';
import express from 'express';
import Router from 'express-promise-router';
import type { BackupSourceRegistry } from '../backups/BackupSourceRegistry';
import { backupsRoutes } from '../backups/backupsRoutes';
import { createBackups } from '../backups/createBackups';
import type { RestoreTestStore } from '../backups/RestoreTestStore';
import type { SourceCollector } from '../collector/collectorTypes';
import { createDecisions } from '../decisions/createDecisions';
import type { DecisionService } from '../decisions/DecisionService';
import type { DecisionStore } from '../decisions/store/DecisionStore';
import { ScopedCollector } from '../collector/ScopedCollector';
import { EnvironmentRegistry } from '../environments/EnvironmentRegistry';
import { environmentsRoutes } from '../environments/environmentsRoutes';
import type { EnvironmentPermissions, GatePermissions } from '../permissions';
import { createRollbacks } from '../rollbacks/createRollbacks';
import type { RollbackStrategyRegistry } from '../rollbacks/RollbackStrategyRegistry';
import type { RollbackStore } from '../rollbacks/store/RollbackStore';
import { createPeople } from '../people/createPeople';
import { createReadiness } from '../readiness/createReadiness';
import type { ReadinessService } from '../readiness/ReadinessService';
import type { ManualGateStore } from '../readiness/ManualGateStore';
import { createSla } from '../sla/createSla';
import type { SourceRegistry } from '../sources/SourceRegistry';
import { createWorkloads } from '../workloads/createWorkloads';
import type { WorkloadSourceRegistry } from '../workloads/registerWorkloadSources';
import { checkClusterLimits } from './checkClusterLimits';
import type { PlatformSettings } from './readPlatformSettings';
import { keyOf, SystemConfigRoot } from './SystemConfigRoot';
import { teamPolicySchema } from './teamPolicySchema';
import { InputError } from '@backstage/errors';

/** What every system's runtime shares: the plugin's services and the installed sources. */
export interface SystemServices {
  /** The portal's configuration (for platform-level keys such as version patterns). */
  rootConfig: Config;
  platform: PlatformSettings;
  logger: LoggerService;
  collector: SourceCollector;
  catalog: CatalogService;
  auth: AuthService;
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  permissions: PermissionsService;
  store: ManualGateStore;
  restoreTests: RestoreTestStore;
  decisionStore: DecisionStore;
  rollbackStore: RollbackStore;
  rollbackStrategies: RollbackStrategyRegistry;
  /** Aborted when the backend shuts down (stops rollback verifications). */
  shutdown: AbortSignal;
  environmentPermissions: EnvironmentPermissions;
  notifications?: NotificationService;
  signals?: SignalsService;
  gatePermissions: GatePermissions;
  workloadSources: WorkloadSourceRegistry;
  gateSources: SourceRegistry<GateSource>;
  incidentSources: SourceRegistry<IncidentSource>;
  onCallSources: SourceRegistry<OnCallSource>;
  slaSources: SourceRegistry<SlaSource>;
  backupSources: BackupSourceRegistry;
}

/** One system's services and routes, built from its policy. */
export interface SystemRuntime {
  name: string;
  environments: EnvironmentRegistry;
  /** Answers every route under `/systems/:system` (and, for the default system, the old ones). */
  router: express.Router;
  /** Its go/no-go decisions (the check a pipeline asks, the assistants' actions). */
  decisions: DecisionService;
  /** Its readiness, for the assistants' actions. */
  readiness: ReadinessService;
  /** Whether `environment` has a manual gate `gate` (for permission resources). */
  hasManualGate(environment: string, gate: string): boolean;
  /** Stops the background refresh of its sources (its policy was replaced). */
  dispose(): void;
}

/**
 * Builds a system from its policy: validates it (throwing an `InputError` that names the key of
 * the first bad value), checks which clusters a team's policy may name, creates every
 * environment's sources, and wires the system's services and routes.
 */
export async function createSystemRuntime(options: {
  system: SystemConfigRoot;
  /** The owner of the catalog System, for cluster limits. */
  owner?: string;
  services: SystemServices;
  /** Clock, for tests. */
  now?: () => number;
}): Promise<SystemRuntime> {
  const { system, services } = options;
  const logger = services.logger.child({ system: system.name });
  const collector = new ScopedCollector(services.collector);
  try {
    refuseUnknownKeys(system);
    const environments = EnvironmentRegistry.fromConfig(system);
    if (system.owner === 'team') {
      checkClusterLimits({
        system: system.name,
        owner: options.owner,
        environments: environments.list(),
        limits: services.platform.clusterLimits,
      });
    }
    const workloads = await createWorkloads({
      config: services.rootConfig,
      logger,
      environments,
      collector,
      sources: services.workloadSources,
    });
    const people = await createPeople({
      config: system,
      environments,
      collector,
      catalog: services.catalog,
      auth: services.auth,
      onCallSources: services.onCallSources,
      logger,
    });
    const sla = await createSla({
      environments,
      collector,
      sources: services.slaSources,
      logger,
      now: options.now,
    });
    const backups = await createBackups({
      environments,
      collector,
      sources: services.backupSources,
      restoreTests: services.restoreTests,
      logger,
      now: options.now,
    });
    const raci = (environment: string) => people.raci.getRaci(environment);
    const readiness = await createReadiness({
      config: system,
      environments,
      collector,
      gateSources: services.gateSources,
      incidentSources: services.incidentSources,
      // The shorthand system's own calendar is the organisation's.
      organisationWindows:
        system.prefix === 'releaseReadiness'
          ? []
          : services.platform.organisationWindows,
      raci,
      onCall: (environment, range) =>
        people.onCall.getCoverage(environment, range),
      backups: environment => backups.service.readinessInputs(environment),
      errorBudgets: environment => sla.service.errorBudgets(environment),
      workloads: environment => workloads.service.workloads(environment),
      store: services.store,
      gatePermissions: services.gatePermissions,
      httpAuth: services.httpAuth,
      auditor: services.auditor,
      logger,
      now: options.now,
    });
    const router = Router();
    router.use(environmentsRoutes({ environments }));
    router.use(people.router);
    router.use(workloads.router);
    router.use(readiness.router);
    router.use(sla.router);
    const decisions = createDecisions({
      system: system.name,
      environments,
      readiness: readiness.readiness,
      raci,
      store: services.decisionStore,
      permissions: services.permissions,
      httpAuth: services.httpAuth,
      auditor: services.auditor,
      notifications: services.notifications,
      signals: services.signals,
      logger,
      boardPath: services.platform.boardPath,
      now: options.now,
    });
    router.use(decisions.router);
    const rollbacks = await createRollbacks({
      system: system.name,
      environments,
      workloads: workloads.service,
      sla: sla.service,
      readiness: readiness.readiness,
      raci,
      strategies: services.rollbackStrategies,
      store: services.rollbackStore,
      permissions: services.environmentPermissions,
      httpAuth: services.httpAuth,
      auditor: services.auditor,
      notifications: services.notifications,
      signals: services.signals,
      logger,
      boardPath: services.platform.boardPath,
      timeoutMs: services.collector.options.timeoutMs,
      shutdown: services.shutdown,
      now: options.now,
    });
    router.use(rollbacks.router);
    router.use(
      backupsRoutes({
        system: system.name,
        backups: backups.service,
        definitions: backups.definitions,
        restoreTests: services.restoreTests,
        raci,
        httpAuth: services.httpAuth,
        permissions: services.permissions,
        auditor: services.auditor,
        now: options.now,
      }),
    );
    return {
      name: system.name,
      environments,
      router,
      decisions: decisions.service,
      readiness: readiness.readiness,
      hasManualGate: (environment, gate) =>
        readiness.manualGates.exists(environment, gate),
      // Rollbacks being verified finish (their timeout bounds them), also after a team's file
      // replaced this runtime; the plugin's shutdown stops them.
      dispose: () => collector.dispose(),
    };
  } catch (error) {
    collector.dispose();
    throw error;
  }
}

/** The keys a system's policy may have (the shorthand's root is the whole plugin block). */
/** The top-level keys of a policy: the JSON Schema's, so the two cannot drift apart. */
const POLICY_KEYS = Object.keys(teamPolicySchema.shape);

function refuseUnknownKeys(system: SystemConfigRoot): void {
  if (system.prefix === 'releaseReadiness') {
    return;
  }
  const unknown = system.config.keys().filter(k => !POLICY_KEYS.includes(k));
  if (unknown.length > 0) {
    throw new InputError(
      `Invalid configuration at '${keyOf(
        system,
        unknown[0],
      )}': unknown key; a system's policy has ${POLICY_KEYS.slice(1).join(
        ', ',
      )}`,
    );
  }
}
