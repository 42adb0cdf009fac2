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
} from '@internal/backstage-plugin-release-readiness-node';
import { Collector } from '../collector/Collector';
import { GatePermissions } from '../permissions';
import type { EnvironmentRegistry } from '../environments/EnvironmentRegistry';
import type { SourceRegistry } from '../sources/SourceRegistry';
import { createConfigGateSourceFactory } from './createConfigGateSourceFactory';
import { DatabaseManualGateStore } from './DatabaseManualGateStore';
import { ManualGateGuard, RaciReader } from './ManualGateGuard';
import { ManualGates } from './ManualGates';
import { OnCallCoverageReader, ReadinessService } from './ReadinessService';
import { readinessRoutes } from './readinessRoutes';
import { readReadinessPolicies } from './readReadinessPolicies';
import { WorkloadsReader } from './CiChecksReader';
import { readRefPatterns } from './readRefPatterns';
import { readRunningRefRules } from './readRunningRefRules';

/**
 * Sets up readiness: reads and validates the calendar and the policies (stopping the backend on
 * errors), adds the built-in `config` gate source, creates every environment's gate and incident
 * source, migrates the manual gate store, and returns the service and its routes. Manual gate
 * results may be set by users whom both the permission policy and the RACI allow; registers the
 * plugin's permissions and the gate resource type.
 */
export async function createReadiness(options: {
  config: Config;
  environments: EnvironmentRegistry;
  collector: Collector;
  database: DatabaseService;
  gateSources: SourceRegistry<GateSource>;
  incidentSources: SourceRegistry<IncidentSource>;
  onCall?: OnCallCoverageReader;
  /** Reads an environment's workloads, for gates checked against the ref it runs. */
  workloads?: WorkloadsReader;
  /** Reads an environment's RACI, for who may set manual gates. */
  raci: RaciReader;
  permissions: PermissionsService;
  permissionsRegistry: PermissionsRegistryService;
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  logger: LoggerService;
  /** Clock, for tests. */
  now?: () => number;
}) {
  const { config, environments, collector, logger } = options;
  const policies = readReadinessPolicies(config, environments.list());
  options.gateSources.add(createConfigGateSourceFactory());
  const store = await DatabaseManualGateStore.create(options);
  const readiness = new ReadinessService({
    environments,
    policies,
    collector,
    store,
    gateSources: await options.gateSources.createAll(
      environments.list(),
      logger,
    ),
    incidentSources: await options.incidentSources.createAll(
      environments.list(),
      logger,
    ),
    onCall: options.onCall,
    runningRefs: readRunningRefRules(environments.list()),
    refPatterns: readRefPatterns(environments.list()),
    workloads: options.workloads,
    logger,
    now: options.now,
  });
  const manualGates = new ManualGates({ environments, policies, store });
  const gatePermissions = GatePermissions.register({
    permissions: options.permissions,
    permissionsRegistry: options.permissionsRegistry,
    exists: ({ environment, gate }) => manualGates.exists(environment, gate),
  });
  const guard = new ManualGateGuard({
    permissions: gatePermissions,
    raci: options.raci,
  });
  return {
    readiness,
    manualGates,
    router: readinessRoutes({ ...options, readiness, manualGates, guard }),
  };
}
