import { LoggerService } from '@backstage/backend-plugin-api';
import {
  CalendarResponse,
  ChangeRisk,
  ErrorBudgets,
  evaluateReadiness,
  LastSuccess,
  listOccurrences,
  OnCallCoverageInput,
  OpenIncidents,
  planReadiness,
  ReadinessPolicy,
  ReadinessResponse,
  RunningRefRule,
  SourceInfo,
  Sourced,
} from '@release-readiness/plugin-release-readiness-common';
import type {
  GateSource,
  IncidentSource,
} from '@release-readiness/plugin-release-readiness-node';
import type { SourceCollector } from '../collector/collectorTypes';
import { EnvironmentJobs } from '../collector/EnvironmentJobs';
import { EnvironmentRegistry } from '../environments/EnvironmentRegistry';
import { EnvironmentSource } from '../sources/SourceRegistry';
import { CiChecksReader, WorkloadsReader } from './CiChecksReader';
import { ManualGateStore } from './ManualGateStore';
import { readManualResults } from './readManualResults';
import { ReleaseResolver, ResolvedRelease } from './ReleaseResolver';

/** Reads on-call coverage of a time range (the people service's `getCoverage`). */
export type OnCallCoverageReader = (
  environment: string,
  range: { start: string; end: string },
) => Promise<OnCallCoverageInput & { source: SourceInfo }>;

/** Reads an environment's last backup and restore test (the backups service). */
export type BackupsReader = (environment: string) => Promise<{
  backup?: Sourced<LastSuccess>;
  restoreTest?: Sourced<LastSuccess>;
}>;

/** Reads an environment's error budgets (the SLA service); undefined without an SLA source. */
export type ErrorBudgetsReader = (
  environment: string,
) => Promise<Sourced<ErrorBudgets> | undefined>;

/** What a readiness request asks. */
export interface ReadinessRequest {
  /** ISO time; default now. */
  at?: string;
  changeType?: string;
  risk?: ChangeRisk;
  /** A release candidate (branch, tag or commit) instead of the gate source's default ref. */
  ref?: string;
}

const DAY_MS = 24 * 3600_000;

/**
 * Runs an environment's readiness plan (`planReadiness` from `-common`): reads the inputs it
 * lists (CI checks and manual results for the release being judged, open incidents, on-call
 * coverage of the period the change needs) through the collector, and judges them with
 * `evaluateReadiness`.
 */
export class ReadinessService {
  readonly #environments: EnvironmentRegistry;
  readonly #policies: Map<string, ReadinessPolicy>;
  readonly #store: ManualGateStore;
  readonly #onCall?: OnCallCoverageReader;
  readonly #backups?: BackupsReader;
  readonly #errorBudgets?: ErrorBudgetsReader;
  readonly #logger: LoggerService;
  readonly #now: () => number;
  readonly #ci: CiChecksReader;
  readonly #releases: ReleaseResolver;
  readonly #incidents: EnvironmentJobs<OpenIncidents>;

  constructor(options: {
    environments: EnvironmentRegistry;
    policies: Map<string, ReadinessPolicy>;
    collector: SourceCollector;
    store: ManualGateStore;
    gateSources: Map<string, EnvironmentSource<GateSource>>;
    incidentSources: Map<string, EnvironmentSource<IncidentSource>>;
    onCall?: OnCallCoverageReader;
    backups?: BackupsReader;
    errorBudgets?: ErrorBudgetsReader;
    /** Environments whose gates are checked for the ref a workload runs. */
    runningRefs?: Map<string, RunningRefRule>;
    /** `gates.refPattern` per environment, for refs named in requests. */
    refPatterns?: Map<string, RegExp>;
    workloads?: WorkloadsReader;
    logger: LoggerService;
    now?: () => number;
  }) {
    this.#environments = options.environments;
    this.#policies = options.policies;
    this.#store = options.store;
    this.#onCall = options.onCall;
    this.#backups = options.backups;
    this.#errorBudgets = options.errorBudgets;
    this.#logger = options.logger;
    this.#now = options.now ?? Date.now;
    this.#releases = new ReleaseResolver({
      runningRefs: options.runningRefs ?? new Map(),
      defaultRefs: new Map(
        [...options.gateSources].flatMap(([env, { source }]) =>
          source.defaultRef ? [[env, source.defaultRef] as const] : [],
        ),
      ),
      refPatterns: options.refPatterns,
      workloads: options.workloads,
    });
    this.#ci = new CiChecksReader({
      collector: options.collector,
      gateSources: options.gateSources,
      runningRefs: options.runningRefs,
      releases: this.#releases,
    });
    this.#incidents = EnvironmentJobs.register({
      collector: options.collector,
      sources: options.incidentSources,
      job: (_environment, { source }) => ({
        key: `incidents:${source.key}`,
        sourceName: source.name,
        rateLimitGroup: source.rateLimitGroup,
        fetch: ({ signal }) => source.listOpenIncidents({ signal }),
      }),
      notConfigured: () => ({
        name: 'incidents',
        message:
          'No incident source is configured for this environment: open incidents are unknown',
      }),
    });
  }

  /** The environment's policy; undefined when it has none. */
  policy(environment: string): ReadinessPolicy | undefined {
    return this.#policies.get(this.#environments.get(environment).summary.name);
  }

  /** Judges one environment at a moment. */
  async evaluate(
    environment: string,
    request: ReadinessRequest = {},
  ): Promise<ReadinessResponse> {
    const name = this.#environments.get(environment).summary.name;
    const now = new Date(this.#now()).toISOString();
    const plan = planReadiness(this.#policies.get(name), {
      environment: name,
      now,
      ...(request.at && { at: request.at }),
      ...(request.changeType && { changeType: request.changeType }),
      ...(request.risk && { risk: request.risk }),
      policyLocation: `${this.#environments.get(name).keyPrefix}.readiness`,
    });
    if (plan.evaluation) {
      return { environment: name, ...plan.evaluation };
    }
    if (request.ref) {
      this.#releases.validate(name, request.ref, "query parameter 'ref'");
    }
    const { needs } = plan;
    const release = needs.release
      ? await this.#releases.resolve(name, request.ref)
      : undefined;
    const [ciChecks, manualChecks, incidents, onCall, backups, errorBudgets] =
      await Promise.all([
        needs.ciChecks && release ? this.#ci.readFor(name, release) : undefined,
        needs.manualChecks && release
          ? readManualResults({
              store: this.#store,
              system: this.#environments.system,
              environment: name,
              release,
              now,
              logger: this.#logger,
            })
          : undefined,
        needs.incidents && this.#incidents.has(name)
          ? this.#incidents.read(name)
          : undefined,
        needs.onCall ? this.#readOnCall(name, needs.onCall) : undefined,
        (needs.backup || needs.restoreTest) && this.#backups
          ? this.#backups(name)
          : undefined,
        needs.errorBudgets && this.#errorBudgets
          ? this.#errorBudgets(name)
          : undefined,
      ]);
    const evaluation = evaluateReadiness(
      {
        changeType: plan.changeType,
        risk: plan.risk,
        ...(release?.ref && { release: release.ref }),
        ciChecks,
        manualChecks,
        incidents,
        onCall,
        ...(needs.backup && backups?.backup && { backup: backups.backup }),
        ...(needs.restoreTest &&
          backups?.restoreTest && { restoreTest: backups.restoreTest }),
        ...(errorBudgets && { errorBudgets }),
      },
      plan.policy,
      plan.at,
      // Ages (backups, restore tests) are judged when the data has been read, not before.
      { now: new Date(this.#now()).toISOString() },
    );
    return { environment: name, ...evaluation };
  }

  /** The release `environment` is judged for (see {@link ReleaseResolver}). */
  async release(
    environment: string,
    requested?: string,
  ): Promise<ResolvedRelease> {
    const name = this.#environments.get(environment).summary.name;
    if (requested) {
      this.#releases.validate(name, requested, "body field 'ref'");
    }
    return this.#releases.resolve(name, requested);
  }

  /** The freeze and release windows of an environment from `from` for `days` days. */
  calendar(environment: string, from: string, days: number): CalendarResponse {
    const name = this.#environments.get(environment).summary.name;
    const policy = this.#policies.get(name);
    const start = new Date(from).toISOString();
    const end = new Date(Date.parse(start) + days * DAY_MS).toISOString();
    const windows = policy?.windows ?? [];
    const rule = policy?.preconditions.find(p => p.type === 'change-window');
    return {
      environment: name,
      from: start,
      to: end,
      windows,
      occurrences: listOccurrences(windows, start, end),
      releaseWindowRequired:
        rule?.type === 'change-window' && rule.requireReleaseWindow,
    };
  }

  async #readOnCall(
    environment: string,
    range: { start: string; end: string },
  ): Promise<Sourced<OnCallCoverageInput> | undefined> {
    if (!this.#onCall) {
      return undefined;
    }
    const { source, ...coverage } = await this.#onCall(environment, range);
    if (source.status === 'unavailable') {
      return { source };
    }
    return { value: coverage, source };
  }
}
