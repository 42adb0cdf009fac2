import { LoggerService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  CalendarResponse,
  ChangeRisk,
  evaluateReadiness,
  GateChecks,
  listOccurrences,
  OnCallCoverageInput,
  OpenIncidents,
  ReadinessPolicy,
  ReadinessResponse,
  RunningRefRule,
  SourceInfo,
  Sourced,
} from '@internal/backstage-plugin-release-readiness-common';
import type {
  GateSource,
  IncidentSource,
} from '@internal/backstage-plugin-release-readiness-node';
import { Duration } from 'luxon';
import { CollectJob, Collector } from '../collector/Collector';
import { EnvironmentRegistry } from '../service/EnvironmentRegistry';
import { EnvironmentSource } from '../sources/SourceRegistry';
import { CiChecksReader, WorkloadsReader } from './CiChecksReader';
import { ManualGateStore } from './ManualGateStore';

/** Reads on-call coverage of a time range (the people service's `getCoverage`). */
export type OnCallCoverageReader = (
  environment: string,
  range: { start: string; end: string },
) => Promise<OnCallCoverageInput & { source: SourceInfo }>;

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
 * Collects an environment's readiness inputs (CI checks, manual gate results, open incidents,
 * on-call coverage) through the collector and judges them with `evaluateReadiness` from
 * `-common`.
 */
export class ReadinessService {
  readonly #environments: EnvironmentRegistry;
  readonly #policies: Map<string, ReadinessPolicy>;
  readonly #collector: Collector;
  readonly #store: ManualGateStore;
  readonly #onCall?: OnCallCoverageReader;
  readonly #logger: LoggerService;
  readonly #now: () => number;
  readonly #ci: CiChecksReader;
  readonly #incidentJobs = new Map<string, CollectJob<any>>();

  constructor(options: {
    environments: EnvironmentRegistry;
    policies: Map<string, ReadinessPolicy>;
    collector: Collector;
    store: ManualGateStore;
    gateSources: Map<string, EnvironmentSource<GateSource>>;
    incidentSources: Map<string, EnvironmentSource<IncidentSource>>;
    onCall?: OnCallCoverageReader;
    /** Environments whose gates are checked for the ref a workload runs. */
    runningRefs?: Map<string, RunningRefRule>;
    workloads?: WorkloadsReader;
    logger: LoggerService;
    now?: () => number;
  }) {
    this.#environments = options.environments;
    this.#policies = options.policies;
    this.#collector = options.collector;
    this.#store = options.store;
    this.#onCall = options.onCall;
    this.#logger = options.logger;
    this.#now = options.now ?? Date.now;
    this.#ci = new CiChecksReader({
      collector: options.collector,
      gateSources: options.gateSources,
      runningRefs: options.runningRefs,
      workloads: options.workloads,
    });
    for (const [env, { source }] of options.incidentSources) {
      this.#incidentJobs.set(
        env,
        this.#collector.register({
          key: `incidents:${source.key}`,
          sourceName: source.name,
          fetch: async ({ signal }) =>
            (await source.listOpenIncidents({ signal })) as any,
        }),
      );
    }
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
    const nowIso = new Date(this.#now()).toISOString();
    const at = request.at ? new Date(request.at).toISOString() : nowIso;
    const policy = this.#policies.get(name);
    if (!policy) {
      return {
        environment: name,
        verdict: 'unknown',
        reasons: [
          {
            itemId: 'policy',
            status: 'unknown',
            enforcement: 'block',
            text: `No readiness policy is configured (releaseReadiness.environments.${name}.readiness)`,
          },
        ],
        items: [],
        nextWindow: null,
        at,
        changeType: request.changeType ?? 'standard',
        risk: request.risk ?? 'normal',
        changeTypes: ['standard'],
      };
    }
    if (
      request.changeType &&
      !policy.changeTypes.includes(request.changeType)
    ) {
      throw new InputError(
        `Invalid query parameter 'changeType': '${
          request.changeType
        }' is not a change type of ${name} (known: ${policy.changeTypes.join(
          ', ',
        )})`,
      );
    }
    const needs = (type: string) =>
      policy.preconditions.some(p => p.type === type);
    const [ciChecks, manualChecks, incidents, onCall] = await Promise.all([
      policy.gates.some(g => g.source === 'ci')
        ? this.#ci.read(name, request.ref)
        : undefined,
      policy.gates.some(g => g.source === 'manual')
        ? this.#readManual(name, nowIso)
        : undefined,
      needs('incident-free') ? this.#readIncidents(name) : undefined,
      needs('oncall-reachable')
        ? this.#readOnCall(name, policy, at)
        : undefined,
    ]);
    const evaluation = evaluateReadiness(
      {
        ...(request.changeType && { changeType: request.changeType }),
        ...(request.risk && { risk: request.risk }),
        ciChecks,
        manualChecks,
        incidents,
        onCall,
      },
      policy,
      at,
      { now: nowIso },
    );
    return { environment: name, ...evaluation };
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

  async #readManual(
    environment: string,
    now: string,
  ): Promise<Sourced<GateChecks>> {
    try {
      const records = await this.#store.currentResults(environment);
      return {
        value: {
          checks: records.map(r => ({
            name: r.check,
            gate: r.gate,
            state: r.state,
            at: r.createdAt,
            detail: `${r.reason} (${r.actor})`,
            actor: r.actor,
          })),
        },
        source: { name: 'manual-gates', status: 'ok', fetchedAt: now },
      };
    } catch (error) {
      this.#logger.error(
        `Could not read manual gate results of ${environment}: ${error}`,
      );
      return {
        source: {
          name: 'manual-gates',
          status: 'unavailable',
          error: {
            type: 'UNKNOWN',
            message: 'The manual gate results could not be read',
          },
        },
      };
    }
  }

  async #readIncidents(
    environment: string,
  ): Promise<Sourced<OpenIncidents> | undefined> {
    const job = this.#incidentJobs.get(environment);
    if (!job) {
      return undefined;
    }
    return (await this.#collector.read(job)) as Sourced<OpenIncidents>;
  }

  async #readOnCall(
    environment: string,
    policy: ReadinessPolicy,
    at: string,
  ): Promise<Sourced<OnCallCoverageInput> | undefined> {
    if (!this.#onCall) {
      return undefined;
    }
    const coverageMs = Math.max(
      DAY_MS,
      ...policy.preconditions.map(p =>
        p.type === 'oncall-reachable'
          ? Duration.fromISO(p.coverage).as('milliseconds')
          : 0,
      ),
    );
    const range = {
      start: at,
      end: new Date(Date.parse(at) + coverageMs).toISOString(),
    };
    const { source, ...coverage } = await this.#onCall(environment, range);
    if (source.status === 'unavailable') {
      return { source };
    }
    return { value: coverage, source };
  }
}
