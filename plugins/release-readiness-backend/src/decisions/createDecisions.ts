import {
  AuditorService,
  HttpAuthService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { SignalsService } from '@backstage/plugin-signals-node';
import type { EnvironmentRegistry } from '../environments/EnvironmentRegistry';
import type { RaciReader } from '../readiness/ManualGateGuard';
import type { ReadinessService } from '../readiness/ReadinessService';
import { DecisionGuard } from './DecisionGuard';
import { DecisionNotifier } from './DecisionNotifier';
import { decisionRoutes } from './decisionRoutes';
import { DecisionService } from './DecisionService';
import { DecisionWriter } from './DecisionWriter';
import { readDecisionPolicies } from './readDecisionPolicies';
import type { DecisionStore } from './store/DecisionStore';

/**
 * Go/no-go decisions for one system: reads every environment's decision policy (an invalid one
 * stops the backend, or marks a team's file broken), and wires the service, the writes (checked
 * for the user who acts), notifications and signals, and the routes.
 */
export function createDecisions(options: {
  system: string;
  environments: EnvironmentRegistry;
  readiness: ReadinessService;
  raci: RaciReader;
  store: DecisionStore;
  permissions: PermissionsService;
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  notifications?: NotificationService;
  signals?: SignalsService;
  logger: LoggerService;
  /** Where the board is mounted in the app, for links in notifications. */
  boardPath: string;
  now?: () => number;
}) {
  const policies = readDecisionPolicies(options.environments.list());
  const notifier = new DecisionNotifier({
    notifications: options.notifications,
    signals: options.signals,
    logger: options.logger,
    link: record =>
      `${options.boardPath}/systems/${encodeURIComponent(
        record.system,
      )}/decisions/${encodeURIComponent(record.id)}`,
  });
  const service = new DecisionService({
    system: options.system,
    environments: options.environments,
    policies,
    store: options.store,
    readiness: options.readiness,
    raci: options.raci,
    notifier,
    now: options.now,
  });
  const writer = new DecisionWriter({
    service,
    store: options.store,
    guard: new DecisionGuard(options.permissions),
    notifier,
    now: options.now,
  });
  return {
    service,
    router: decisionRoutes({
      service,
      writer,
      httpAuth: options.httpAuth,
      auditor: options.auditor,
    }),
  };
}
