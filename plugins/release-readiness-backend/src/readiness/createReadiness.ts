import {
  AuditorService,
  DatabaseService,
  HttpAuthService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import type {
  GateSource,
  IncidentSource,
} from '@internal/backstage-plugin-release-readiness-node';
import { Collector } from '../collector/Collector';
import type { EnvironmentRegistry } from '../service/EnvironmentRegistry';
import type { SourceRegistry } from '../sources/SourceRegistry';
import { createConfigGateSourceFactory } from './createConfigGateSourceFactory';
import { DatabaseManualGateStore } from './DatabaseManualGateStore';
import { ManualGates } from './ManualGates';
import { OnCallCoverageReader, ReadinessService } from './ReadinessService';
import { readinessRoutes } from './readinessRoutes';
import { readReadinessPolicies } from './readReadinessPolicies';
import { WorkloadsReader } from './CiChecksReader';
import { readRunningRefRules } from './readRunningRefRules';

/**
 * Sets up readiness: reads and validates the calendar and the policies (stopping the backend on
 * errors), adds the built-in `config` gate source, creates every environment's gate and incident
 * source, migrates the manual gate store, and returns the service and its routes.
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
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
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
    workloads: options.workloads,
    logger,
    now: options.now,
  });
  const manualGates = new ManualGates({ environments, policies, store });
  return {
    readiness,
    router: readinessRoutes({ ...options, readiness, manualGates }),
  };
}
