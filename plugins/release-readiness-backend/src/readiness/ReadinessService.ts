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
import { ReleaseResolver, ResolvedRelease } from './ReleaseResolver';

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
  readonly #releases: ReleaseResolver;
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
    /** `gates.refPattern` per environment, for refs named in requests. */
    refPatterns?: Map<string, RegExp>;
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
      workloads: options.workloads,
    });
    for (const [env, { source }] of options.incidentSources) {
      this.#incidentJobs.set(
        env,
        this.#collector.register({
          key: `incidents:${source.key}`,
          sourceName: source.name,
          rateLimitGroup: source.rateLimitGroup,
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
    if (request.ref) {
      this.#releases.validate(name, request.ref, "query parameter 'ref'");
    }
    const needs = (type: string) =>
      policy.preconditions.some(p => p.type === type);
    const hasManual = policy.gates.some(g => g.source === 'manual');
    const release = hasManual
      ? await this.#releases.resolve(name, request.ref)
      : undefined;
    const [ciChecks, manualChecks, incidents, onCall] = await Promise.all([
      policy.gates.some(g => g.source === 'ci')
        ? this.#ci.read(name, request.ref)
        : undefined,
      release ? this.#readManual(name, release, nowIso) : undefined,
      needs('incident-free') ? this.#readIncidents(name) : undefined,
      needs('oncall-reachable')
        ? this.#readOnCall(name, policy, at)
        : undefined,
    ]);
    const evaluation = evaluateReadiness(
      {
        ...(request.changeType && { changeType: request.changeType }),
        ...(request.risk && { risk: request.risk }),
        ...(release?.ref && { release: release.ref }),
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

  async #readManual(
    environment: string,
    release: ResolvedRelease,
    now: string,
  ): Promise<Sourced<GateChecks>> {
    if (release.ref === undefined) {
      // Nothing can count; the gate evaluation says why (no release to bind results to).
      return {
        value: { checks: [] },
        source: { name: 'manual-gates', status: 'ok', fetchedAt: now },
      };
    }
    try {
      const records = await this.#store.currentResults(
        environment,
        release.ref,
      );
      const basedOn = release.basedOn;
      return {
        value: {
          ref: { name: release.ref },
          checks: records.map(r => ({
            name: r.check,
            gate: r.gate,
            state: r.state,
            at: r.createdAt,
            detail: `${r.reason} (${r.actor})`,
            actor: r.actor,
            ref: r.ref,
          })),
        },
        // The release was read from the workloads: when they are stale, so is this answer.
        source:
          basedOn?.status === 'stale'
            ? {
                name: 'manual-gates',
                status: 'stale',
                ...(basedOn.fetchedAt && { fetchedAt: basedOn.fetchedAt }),
                error: {
                  type: basedOn.error?.type ?? 'UNKNOWN',
                  message: `The release was read from stale workloads (${basedOn.name})`,
                },
              }
            : { name: 'manual-gates', status: 'ok', fetchedAt: now },
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
