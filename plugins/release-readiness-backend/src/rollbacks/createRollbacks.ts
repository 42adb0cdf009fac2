import {
  AuditorService,
  HttpAuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { SignalsService } from '@backstage/plugin-signals-node';
import type { EnvironmentRegistry } from '../environments/EnvironmentRegistry';
import type { EnvironmentPermissions } from '../permissions';
import type { RaciReader } from '../readiness/ManualGateGuard';
import type { ReadinessService } from '../readiness/ReadinessService';
import type { SlaService } from '../sla/SlaService';
import type { WorkloadsService } from '../workloads/WorkloadsService';
import { readRollbackPolicies } from './readRollbackPolicies';
import { RollbackGuard } from './RollbackGuard';
import { RollbackNotifier } from './RollbackNotifier';
import { rollbackRoutes } from './rollbackRoutes';
import { RollbackService } from './RollbackService';
import type {
  EnvironmentStrategies,
  RollbackStrategyRegistry,
} from './RollbackStrategyRegistry';
import { RollbackVerifier } from './RollbackVerifier';
import type { RollbackStore } from './store/RollbackStore';

/**
 * Rollbacks for one system: reads every environment's rollback policy and creates its
 * strategies (an invalid value or an unknown strategy stops the backend, or marks a team's file
 * broken), and wires the guard, the verifier, notifications and the routes.
 */
export async function createRollbacks(options: {
  system: string;
  environments: EnvironmentRegistry;
  workloads: WorkloadsService;
  sla: SlaService;
  readiness: ReadinessService;
  raci: RaciReader;
  strategies: RollbackStrategyRegistry;
  store: RollbackStore;
  permissions: EnvironmentPermissions;
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  notifications?: NotificationService;
  signals?: SignalsService;
  logger: LoggerService;
  boardPath: string;
  /** Timeout of one strategy call (the collector's). */
  timeoutMs: number;
  /** Aborted when the backend shuts down: verifications stop. */
  shutdown?: AbortSignal;
  now?: () => number;
}) {
  const now = options.now ?? Date.now;
  const { environments, workloads, logger } = options;
  const policies = readRollbackPolicies(environments.list());
  const strategies = new Map<string, EnvironmentStrategies>();
  for (const environment of environments.list()) {
    const name = environment.summary.name;
    strategies.set(
      name,
      await options.strategies.create({
        environment,
        policy: policies.get(name)!,
        workloadSourceType: workloads.sourceType(name),
        logger,
      }),
    );
  }
  const notifier = new RollbackNotifier({
    notifications: options.notifications,
    signals: options.signals,
    logger,
    link: record =>
      `${options.boardPath}/systems/${encodeURIComponent(
        record.system,
      )}/env/${encodeURIComponent(record.environment)}/rollbacks`,
  });
  const verifier = new RollbackVerifier({
    store: options.store,
    logger,
    now,
    shutdown: options.shutdown,
  });
  const audience = async (environment: string) =>
    RollbackNotifier.audienceOf(
      await options.raci(environment),
      policies.get(environment)!.informActivity,
    );
  const service = new RollbackService({
    system: options.system,
    store: options.store,
    guard: new RollbackGuard({
      system: options.system,
      permissions: options.permissions,
      raci: options.raci,
    }),
    workloads,
    environment: env => {
      const name = environments.get(env).summary.name;
      return { name, policy: policies.get(name)! };
    },
    strategyFor: (env, workload) =>
      strategies.get(env)?.workloads.get(workload) ??
      strategies.get(env)?.strategy,
    windows: env => options.readiness.policy(env)?.windows ?? [],
    timeoutMs: options.timeoutMs,
    now,
    afterWrite: async (record, strategy, execution) => {
      const environment = record.environment;
      await notifier.tell(record, await audience(environment));
      await workloads.refresh(environment);
      const { kind, name } = record.workload;
      verifier.start({
        record,
        strategy,
        execution,
        policy: policies.get(environment)!,
        read: {
          workload: async () => {
            const { items, source } = await workloads.refresh(environment);
            // A stale listing (the source failed; the last good one is served) proves nothing.
            return source.status === 'ok'
              ? items?.find(w => w.kind === kind && w.name === name)
              : undefined;
          },
          sla: async () => {
            // Fresh counts, not the cache's: a trigger that went quiet is seen at once.
            const sla = await options.sla.refresh(environment);
            if (sla.source.error?.type === 'NOT_CONFIGURED') {
              return undefined;
            }
            // Stale or unreadable SLA data proves nothing: its triggers count as unknown.
            return sla.source.status === 'ok'
              ? sla.services
              : sla.services.map(measured => ({
                  ...measured,
                  objectives: measured.objectives.map(o => ({
                    ...o,
                    status: 'unknown' as const,
                    reason: `${o.reason} (SLA data ${sla.source.status})`,
                  })),
                }));
          },
        },
        onDone: async done => notifier.tell(done, await audience(environment)),
      });
    },
  });
  return {
    service,
    router: rollbackRoutes({
      service,
      httpAuth: options.httpAuth,
      auditor: options.auditor,
    }),
  };
}
