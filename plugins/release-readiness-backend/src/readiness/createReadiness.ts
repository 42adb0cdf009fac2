import {
  AuditorService,
  DatabaseService,
  HttpAuthService,
  LoggerService,
  PermissionsRegistryService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import type {
  GateSource,
  IncidentSource,
} from '@release-readiness/plugin-release-readiness-node';
import type { SourceCollector } from '../collector/collectorTypes';
import { GatePermissions } from '../permissions';
import type { EnvironmentRegistry } from '../environments/EnvironmentRegistry';
import type { SourceRegistry } from '../sources/SourceRegistry';
import { createConfigGateSourceFactory } from './createConfigGateSourceFactory';
import { DatabaseManualGateStore } from './DatabaseManualGateStore';
import { ManualGateGuard, RaciReader } from './ManualGateGuard';
import { ManualGates } from './ManualGates';
import {
  BackupsReader,
  ErrorBudgetsReader,
  OnCallCoverageReader,
  ReadinessService,
} from './ReadinessService';
import { readinessRoutes } from './readinessRoutes';
import { readReadinessPolicies } from './readReadinessPolicies';
import { WorkloadsReader } from './CiChecksReader';
import { readRefPatterns } from './readRefPatterns';
import { readRunningRefRules } from './readRunningRefRules';
import { ScopedWindow } from './readCalendarWindows';
import { ManualGateStore } from './ManualGateStore';
import { asSystemRoot, SystemConfigRoot } from '../systems/SystemConfigRoot';

/**
 * Sets up readiness for one system: reads and validates its calendar and policies (a broken one
 * stops the backend, or marks a team's file broken), creates every environment's gate source
 * (the built-in `config` one among them) and incident source, and returns the service and its
 * routes. Manual gate results may be set by users whom both the permission policy and the
 * system's RACI allow.
 *
 * @remarks
 * The manual gate store and the gate permissions are shared by every system of the plugin; pass
 * them in (`store`, `gatePermissions`). Without them (one system, e.g. in tests) this migrates the
 * store from `database` and registers the permissions itself.
 */
export async function createReadiness(options: {
  /** The system's policy (given the portal's configuration: the single-system shorthand). */
  config: Config | SystemConfigRoot;
  environments: EnvironmentRegistry;
  collector: SourceCollector;
  gateSources: SourceRegistry<GateSource>;
  incidentSources: SourceRegistry<IncidentSource>;
  /** Calendar windows of the organisation, for every system unless it opts out. */
  organisationWindows?: ScopedWindow[];
  onCall?: OnCallCoverageReader;
  /** Reads an environment's last backup and restore test, for the backup rules. */
  backups?: BackupsReader;
  /** Reads an environment's error budgets, for the error-budget rule. */
  errorBudgets?: ErrorBudgetsReader;
  /** Reads an environment's workloads, for gates checked against the ref it runs. */
  workloads?: WorkloadsReader;
  /** Reads an environment's RACI, for who may set manual gates. */
  raci: RaciReader;
  store?: ManualGateStore;
  database?: DatabaseService;
  gatePermissions?: GatePermissions;
  permissions?: PermissionsService;
  permissionsRegistry?: PermissionsRegistryService;
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  logger: LoggerService;
  /** Clock, for tests. */
  now?: () => number;
}) {
  const { environments, collector, logger } = options;
  const system = asSystemRoot(options.config);
  const policies = readReadinessPolicies(system, environments.list(), {
    organisationWindows: options.organisationWindows,
  });
  const store =
    options.store ??
    (await DatabaseManualGateStore.create({
      database: required(options.database, 'database'),
    }));
  const readiness = new ReadinessService({
    environments,
    policies,
    collector,
    store,
    gateSources: await options.gateSources.createAll(
      environments.list(),
      logger,
      [createConfigGateSourceFactory()],
    ),
    incidentSources: await options.incidentSources.createAll(
      environments.list(),
      logger,
    ),
    onCall: options.onCall,
    backups: options.backups,
    errorBudgets: options.errorBudgets,
    runningRefs: readRunningRefRules(environments.list()),
    refPatterns: readRefPatterns(environments.list()),
    workloads: options.workloads,
    logger,
    now: options.now,
  });
  const manualGates = new ManualGates({ environments, policies, store });
  const gatePermissions =
    options.gatePermissions ??
    GatePermissions.register({
      permissions: required(options.permissions, 'permissions'),
      permissionsRegistry: required(
        options.permissionsRegistry,
        'permissionsRegistry',
      ),
      exists: resource =>
        resource.system === environments.system &&
        manualGates.exists(resource.environment, resource.gate),
    });
  const guard = new ManualGateGuard({
    system: environments.system,
    permissions: gatePermissions,
    raci: options.raci,
  });
  return {
    readiness,
    manualGates,
    router: readinessRoutes({
      ...options,
      system: environments.system,
      readiness,
      manualGates,
      guard,
    }),
  };
}

function required<T>(value: T | undefined, name: string): T {
  if (value === undefined) {
    throw new Error(`createReadiness needs '${name}'`);
  }
  return value;
}
