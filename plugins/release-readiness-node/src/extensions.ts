import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type { GateSourceFactory } from './gates/types';
import type { IncidentSourceFactory } from './incidents/types';
import type { OnCallSourceFactory } from './oncall/types';
import type { WorkloadSourceFactory } from './workloads/types';
import type { SlaSourceFactory } from './sla/types';
import type { BackupSourceFactory } from './backups/types';
import type { RollbackStrategyFactory } from './rollbacks/types';

/**
 * Lets backend modules add workload sources to the release-readiness backend.
 *
 * @public
 */
export interface ReleaseReadinessWorkloadSourcesExtensionPoint {
  /** Adds factories; a second factory with the same `type` stops the backend. */
  addWorkloadSource(...factories: WorkloadSourceFactory[]): void;
}

/**
 * Extension point for {@link ReleaseReadinessWorkloadSourcesExtensionPoint}.
 *
 * @example
 * ```ts
 * export default createBackendModule({
 *   pluginId: 'release-readiness',
 *   moduleId: 'my-workloads',
 *   register(reg) {
 *     reg.registerInit({
 *       deps: { workloads: releaseReadinessWorkloadSourcesExtensionPoint },
 *       async init({ workloads }) {
 *         workloads.addWorkloadSource({ type: 'mine', create: ({ config }) => new MySource(config) });
 *       },
 *     });
 *   },
 * });
 * ```
 *
 * @public
 */
export const releaseReadinessWorkloadSourcesExtensionPoint =
  createExtensionPoint<ReleaseReadinessWorkloadSourcesExtensionPoint>({
    id: 'release-readiness.workload-sources',
  });

/**
 * Lets backend modules add on-call sources to the release-readiness backend. The backend itself
 * adds the `config` source (a rotation kept in configuration).
 *
 * @public
 */
export interface ReleaseReadinessOnCallSourcesExtensionPoint {
  /** Adds factories; a second factory with the same `type` stops the backend. */
  addOnCallSource(...factories: OnCallSourceFactory[]): void;
}

/**
 * Extension point for {@link ReleaseReadinessOnCallSourcesExtensionPoint}.
 *
 * @example
 * ```ts
 * export default createBackendModule({
 *   pluginId: 'release-readiness',
 *   moduleId: 'my-oncall',
 *   register(reg) {
 *     reg.registerInit({
 *       deps: { onCall: releaseReadinessOnCallSourcesExtensionPoint },
 *       async init({ onCall }) {
 *         onCall.addOnCallSource({ type: 'mine', create: ({ config }) => new MySource(config) });
 *       },
 *     });
 *   },
 * });
 * ```
 *
 * @public
 */
export const releaseReadinessOnCallSourcesExtensionPoint =
  createExtensionPoint<ReleaseReadinessOnCallSourcesExtensionPoint>({
    id: 'release-readiness.oncall-sources',
  });

/**
 * Lets backend modules add CI gate sources to the release-readiness backend. The backend itself
 * adds the `config` source (results declared in configuration, for demos and tests).
 *
 * @public
 */
export interface ReleaseReadinessGateSourcesExtensionPoint {
  /** Adds factories; a second factory with the same `type` stops the backend. */
  addGateSource(...factories: GateSourceFactory[]): void;
}

/**
 * Extension point for {@link ReleaseReadinessGateSourcesExtensionPoint}.
 *
 * @public
 */
export const releaseReadinessGateSourcesExtensionPoint =
  createExtensionPoint<ReleaseReadinessGateSourcesExtensionPoint>({
    id: 'release-readiness.gate-sources',
  });

/**
 * Lets backend modules add incident sources to the release-readiness backend.
 *
 * @public
 */
export interface ReleaseReadinessIncidentSourcesExtensionPoint {
  /** Adds factories; a second factory with the same `type` stops the backend. */
  addIncidentSource(...factories: IncidentSourceFactory[]): void;
}

/**
 * Extension point for {@link ReleaseReadinessIncidentSourcesExtensionPoint}.
 *
 * @public
 */
export const releaseReadinessIncidentSourcesExtensionPoint =
  createExtensionPoint<ReleaseReadinessIncidentSourcesExtensionPoint>({
    id: 'release-readiness.incident-sources',
  });

/**
 * Lets backend modules add SLA sources (request, error and latency counts, e.g. from Prometheus)
 * to the release-readiness backend.
 *
 * @public
 */
export interface ReleaseReadinessSlaSourcesExtensionPoint {
  /** Adds factories; a second factory with the same `type` stops the backend. */
  addSlaSource(...factories: SlaSourceFactory[]): void;
}

/**
 * Extension point for {@link ReleaseReadinessSlaSourcesExtensionPoint}.
 *
 * @public
 */
export const releaseReadinessSlaSourcesExtensionPoint =
  createExtensionPoint<ReleaseReadinessSlaSourcesExtensionPoint>({
    id: 'release-readiness.sla-sources',
  });

/**
 * Lets backend modules add backup sources (backup jobs, Velero backups, timestamp metrics, WAL
 * lag, restore tests) to the release-readiness backend.
 *
 * @public
 */
export interface ReleaseReadinessBackupSourcesExtensionPoint {
  /** Adds factories; a second factory with the same `type` stops the backend. */
  addBackupSource(...factories: BackupSourceFactory[]): void;
}

/**
 * Extension point for {@link ReleaseReadinessBackupSourcesExtensionPoint}.
 *
 * @public
 */
export const releaseReadinessBackupSourcesExtensionPoint =
  createExtensionPoint<ReleaseReadinessBackupSourcesExtensionPoint>({
    id: 'release-readiness.backup-sources',
  });

/**
 * Lets backend modules add rollback strategies (natively in Kubernetes, through a deploy
 * pipeline, …) to the release-readiness backend.
 *
 * @public
 */
export interface ReleaseReadinessRollbackStrategiesExtensionPoint {
  /** Adds factories; a second factory with the same `type` stops the backend. */
  addRollbackStrategy(...factories: RollbackStrategyFactory[]): void;
}

/**
 * Extension point for {@link ReleaseReadinessRollbackStrategiesExtensionPoint}.
 *
 * @public
 */
export const releaseReadinessRollbackStrategiesExtensionPoint =
  createExtensionPoint<ReleaseReadinessRollbackStrategiesExtensionPoint>({
    id: 'release-readiness.rollback-strategies',
  });
