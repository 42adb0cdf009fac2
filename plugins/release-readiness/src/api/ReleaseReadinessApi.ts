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
  SystemSummary,
  SystemsResponse,
  VersionsResponse,
  WorkloadsResponse,
} from '@internal/backstage-plugin-release-readiness-common';

/**
 * Client for the release-readiness backend. Everything but {@link ReleaseReadinessApi.getSystems}
 * is about one system (a catalog `System` with its team's release policy), named by its first
 * argument, e.g. `servanda`; an unknown system, or one whose policy was never readable, rejects
 * with a 404 `ResponseError` that says so.
 *
 * @public
 */
export interface ReleaseReadinessApi {
  /** Every system with its environments and the status of its release policy; the default one. */
  getSystems(): Promise<SystemsResponse>;
  /** One system; rejects with a 404 `ResponseError` naming the known systems for an unknown one. */
  getSystem(system: string): Promise<SystemSummary>;
  /** The system's environments, in promotion order. */
  getEnvironments(system: string): Promise<EnvironmentsResponse>;
  /** One environment; rejects with a 404 `ResponseError` for an unknown name. */
  getEnvironment(system: string, name: string): Promise<EnvironmentSummary>;
  /**
   * One environment's workloads and the provenance of their source; a stale or unavailable
   * source is in `source.status`, not an error.
   */
  getWorkloads(system: string, environment: string): Promise<WorkloadsResponse>;
  /** The system's "deployed where" matrix; `workloads` limits it to workloads with these names. */
  getVersions(
    system: string,
    options?: { workloads?: string[] },
  ): Promise<VersionsResponse>;
  /** The RACI matrix of an environment: activities, roles and the people holding them. */
  getRaci(system: string, environment: string): Promise<RaciResponse>;
  /** The on-call rota of an environment for `weeks` weeks (1–12, default 4). */
  getOnCall(
    system: string,
    environment: string,
    weeks?: number,
  ): Promise<OnCallResponse>;
  /**
   * The readiness verdict of an environment at `at` (ISO time; default now) for a change type
   * and risk, with every gate and precondition; a 400 `ResponseError` names an invalid option.
   */
  getReadiness(
    system: string,
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
    system: string,
    environment: string,
    options?: { from?: string; days?: number },
  ): Promise<CalendarResponse>;
  /**
   * Whether the signed-in user may set results of a manual gate (permission policy and the
   * environment's RACI), with the reason.
   */
  getManualGateEligibility(
    system: string,
    environment: string,
    gate: string,
  ): Promise<ManualGateEligibilityResponse>;
  /**
   * Sets a manual gate check's result with a reason, for the release in `request.ref` (default:
   * the release the environment is judged for). Needs `release-readiness.gate.set` and a RACI
   * role that may set the gate; retrying with the same `requestId` writes once.
   */
  setManualGateResult(
    system: string,
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
