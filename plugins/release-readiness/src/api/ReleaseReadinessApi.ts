import { createApiRef } from '@backstage/frontend-plugin-api';
import type {
  BackupsResponse,
  CalendarResponse,
  ChangeRisk,
  DecisionCheckResponse,
  DecisionRecord,
  DecisionRequestInput,
  DecisionResponse,
  DecisionState,
  DecisionStatus,
  ManualGateEligibilityResponse,
  ManualGateRecord,
  ManualGateRequest,
  ReadinessResponse,
  ReadinessVerdict,
  EnvironmentSummary,
  EnvironmentsResponse,
  OnCallResponse,
  RaciResponse,
  RestoreTestRecord,
  RevisionsResponse,
  RollbackRecord,
  SlaResponse,
  SystemSummariesResponse,
  SystemSummary,
  SystemsResponse,
  VersionsResponse,
  VersionSummaryQuery,
  VersionSummaryResponse,
  WorkloadsResponse,
} from '@release-readiness/plugin-release-readiness-common';

/**
 * `GET /systems/:system/decisions`: decisions newest first, each judged now.
 *
 * @public
 */
export interface DecisionListResponse {
  items: { decision: DecisionRecord; state: DecisionState }[];
}

/**
 * A decision as Markdown for the change ticket (`GET …/decisions/:id/export?format=markdown`).
 *
 * @public
 */
export interface DecisionExport {
  /** The file name the backend suggests, e.g. `decision-prod-<id>.md`. */
  fileName: string;
  markdown: string;
}

/**
 * A follow-up of a written rollback (`POST …/rollbacks/:id/follow-ups`).
 *
 * @public
 */
export type RollbackFollowUpInput =
  | { field: 'communication'; value: true }
  | { field: 'postMortemOwner'; value: string }
  | { field: 'postMortemLink'; value: string };

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
  /**
   * The landing page in one request: every system (a page of `limit`, default 100, at most 500,
   * from `offset`) with each environment's verdict, its sources' status and "as of", and the
   * systems counted by verdict. `owner` keeps the systems owned by these entity refs (e.g. the
   * signed-in user's groups), `verdict` those with these verdicts, `q` those whose name or title
   * contains it; `sort: 'verdict'` puts blocked systems first, then unknown, then ready. A 400
   * `ResponseError` names an invalid option.
   */
  getSystemSummaries(options?: {
    offset?: number;
    limit?: number;
    owner?: string[];
    verdict?: ReadinessVerdict[];
    q?: string;
    sort?: 'title' | 'verdict';
  }): Promise<SystemSummariesResponse>;
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
  /**
   * The system's "deployed where" matrix in a person-sized form: each environment's workloads
   * counted by health, totals, and one page of rows (unhealthy first, then drifting, then the
   * rest by name), filtered by part of a name (`q`) and to what needs attention (`attention`).
   */
  getVersionSummary(
    system: string,
    options?: VersionSummaryQuery,
  ): Promise<VersionSummaryResponse>;
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

  /**
   * An environment's SLA: each service's objectives against their targets, with its error budget
   * and burn rates. A stale or unavailable source is in `source.status`, not an error; no traffic
   * is `unknown` (`data: no-data`), never 100 %.
   */
  getSla(system: string, environment: string): Promise<SlaResponse>;
  /** An environment's backups against their RPO, the WAL lag and the last restore test. */
  getBackups(system: string, environment: string): Promise<BackupsResponse>;
  /**
   * The restore-test records of an environment, newest first (`limit` 1–500, default 50); rejects
   * with a 404 `ResponseError` when its restore test is not `records` (`backups.restoreTest.source`).
   */
  getRestoreTests(
    system: string,
    environment: string,
    options?: { limit?: number },
  ): Promise<{ items: RestoreTestRecord[] }>;
  /**
   * Records a restore test with a link to its report. Needs `release-readiness.restore-test.record`
   * and the RACI of `backups.restoreTest.setBy` (a 403 `ResponseError` with the reason otherwise);
   * retrying with the same `requestId` writes once.
   */
  recordRestoreTest(
    system: string,
    environment: string,
    request: Pick<
      RestoreTestRecord,
      'testedAt' | 'outcome' | 'link' | 'reason'
    > & {
      requestId: string;
    },
  ): Promise<RestoreTestRecord>;

  // Go/no-go decisions (issue 12).

  /**
   * A system's go/no-go decisions, newest first, each judged now; optionally of one environment
   * and one status (`limit` 1–500, default 50).
   */
  listDecisions(
    system: string,
    options?: { environment?: string; status?: DecisionStatus; limit?: number },
  ): Promise<DecisionListResponse>;
  /**
   * One decision with its state, what changed since its evidence was pinned and what the
   * signed-in user may do (`you`); rejects with a 404 `ResponseError` for an unknown id.
   */
  getDecision(system: string, id: string): Promise<DecisionResponse>;
  /**
   * Requests a go/no-go decision for an environment and version; the evidence is pinned now.
   * Rejects with 403 (not a requester), 409 (an open decision for that version exists) or 400
   * (naming the field); retrying with the same `requestId` writes once.
   */
  requestDecision(
    system: string,
    request: DecisionRequestInput & { environment: string; requestId: string },
  ): Promise<DecisionResponse>;
  /**
   * Votes go or no-go with a reason. Rejects with 403 (not a voter) or 409 (already voted, or the
   * decision is not open); retrying with the same `requestId` writes once.
   */
  vote(
    system: string,
    id: string,
    vote: { vote: 'go' | 'no-go'; reason: string; requestId: string },
  ): Promise<DecisionResponse>;
  /**
   * Waives one blocking item with a reason, until `until` (default and at most the decision's
   * expiry). Rejects with 403, 409 (already waived) or 400 (not a blocking item).
   */
  waive(
    system: string,
    id: string,
    waiver: { item: string; reason: string; until?: string; requestId: string },
  ): Promise<DecisionResponse>;
  /** A decision as Markdown for the change ticket, read with the signed-in user's token. */
  exportDecision(system: string, id: string): Promise<DecisionExport>;
  /** May this version be deployed to the environment now (a go that has not expired). */
  checkDecision(
    system: string,
    environment: string,
    version: string,
  ): Promise<DecisionCheckResponse>;

  // Rollbacks (issue 13).

  /**
   * A system's rollback records, newest first, optionally of one environment (`limit` 1–200,
   * default 50). Records are append-only: the write, the verification and the follow-ups are
   * folded in as they happen.
   */
  listRollbacks(
    system: string,
    options?: { environment?: string; limit?: number },
  ): Promise<{ items: RollbackRecord[] }>;
  /** One rollback record; rejects with a 404 `ResponseError` when there is none. */
  getRollback(system: string, id: string): Promise<RollbackRecord>;
  /**
   * Adds a follow-up to a written rollback: communication done, the post-mortem owner (an entity
   * ref) or its link (an http(s) URL); each once. Allowed for the actor and for whoever the RACI
   * lets trigger a rollback there (a 403 `ResponseError` with the reason otherwise).
   */
  addRollbackFollowUp(
    system: string,
    id: string,
    followUp: RollbackFollowUpInput & { requestId: string },
  ): Promise<RollbackRecord>;
  /**
   * The revisions a workload can be rolled back to, newest first, with the strategy a rollback
   * would use and, when it cannot be rolled back here (Helm/Argo CD-managed, no strategy), why.
   */
  getRevisions(
    system: string,
    environment: string,
    workload: { kind: string; name: string },
  ): Promise<RevisionsResponse>;
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
