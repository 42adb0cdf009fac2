import { createApiRef } from '@backstage/frontend-plugin-api';
import type {
  CalendarResponse,
  ChangeRisk,
  ManualGateEligibilityResponse,
  ManualGateRecord,
  ManualGateRequest,
  ReadinessResponse,
  EnvironmentSummary,
  EnvironmentsResponse,
  OnCallResponse,
  RaciResponse,
  VersionsResponse,
  WorkloadsResponse,
} from '@internal/backstage-plugin-release-readiness-common';

/**
 * Client for the release-readiness backend.
 *
 * @public
 */
export interface ReleaseReadinessApi {
  /** The configured environments, in promotion order. */
  getEnvironments(): Promise<EnvironmentsResponse>;
  /** One environment; rejects with a 404 `ResponseError` for an unknown name. */
  getEnvironment(name: string): Promise<EnvironmentSummary>;
  /**
   * One environment's workloads and the provenance of their source; a stale or unavailable
   * source is in `source.status`, not an error.
   */
  getWorkloads(environment: string): Promise<WorkloadsResponse>;
  /** The "deployed where" matrix; `workloads` limits it to workloads with these names. */
  getVersions(options?: { workloads?: string[] }): Promise<VersionsResponse>;
  /** The RACI matrix of an environment: activities, roles and the people holding them. */
  getRaci(environment: string): Promise<RaciResponse>;
  /** The on-call rota of an environment for `weeks` weeks (1–12, default 4). */
  getOnCall(environment: string, weeks?: number): Promise<OnCallResponse>;
  /**
   * The readiness verdict of an environment at `at` (ISO time; default now) for a change type
   * and risk, with every gate and precondition; a 400 `ResponseError` names an invalid option.
   */
  getReadiness(
    environment: string,
    options?: {
      at?: string;
      changeType?: string;
      risk?: ChangeRisk;
      ref?: string;
    },
  ): Promise<ReadinessResponse>;
  /** The freeze and release windows from `from` (default now) for `days` days (default 14). */
  getCalendar(
    environment: string,
    options?: { from?: string; days?: number },
  ): Promise<CalendarResponse>;
  /**
   * Whether the signed-in user may set results of a manual gate (permission policy and the
   * environment's RACI), with the reason.
   */
  getManualGateEligibility(
    environment: string,
    gate: string,
  ): Promise<ManualGateEligibilityResponse>;
  /**
   * Sets a manual gate check's result with a reason, for the release in `request.ref` (default:
   * the release the environment is judged for). Needs `release-readiness.gate.set` and a RACI
   * role that may set the gate; retrying with the same `requestId` writes once.
   */
  setManualGateResult(
    environment: string,
    gate: string,
    check: string,
    request: ManualGateRequest & { requestId: string },
  ): Promise<ManualGateRecord>;
}

/**
 * API reference for {@link ReleaseReadinessApi}. Works in both the new and the legacy frontend
 * system.
 *
 * @public
 */
export const releaseReadinessApiRef = createApiRef<ReleaseReadinessApi>().with({
  id: 'plugin.release-readiness.client',
  pluginId: 'release-readiness',
});
