import {
  buildOnCallRota,
  onCallCoverageOf,
  type OnCallCoverage,
  type OnCallResponse,
  type OnCallShift,
  type PeopleFinding,
  type SourceInfo,
} from '@release-readiness/plugin-release-readiness-common';
import type { OnCallSource } from '@release-readiness/plugin-release-readiness-node';
import type { SourceCollector } from '../collector/collectorTypes';
import { EnvironmentJobs } from '../collector/EnvironmentJobs';
import type { EnvironmentRegistry } from '../environments/EnvironmentRegistry';
import type { EnvironmentSource } from '../sources/SourceRegistry';
import type { CatalogPeopleResolver } from './CatalogPeopleResolver';
import { linkOnCallPeople } from './linkOnCallPeople';

/** The most weeks `GET /oncall` shows; the fetched range covers them. */
export const MAX_ONCALL_WEEKS = 12;

const DAY = 24 * 60 * 60 * 1000;
/** The fetched range starts before the current week's start (at most 7 days ago)... */
const FETCH_BACK_MS = 8 * DAY;
/** ...and ends before PagerDuty's limit of 90 days ahead, after the last week shown (≤ 84 days). */
const FETCH_AHEAD_MS = 85 * DAY;

/** What one on-call job caches: the shifts of the fetched range, linked to the catalog. */
interface OnCallSnapshot {
  range: { start: string; end: string };
  shifts: OnCallShift[];
  findings: PeopleFinding[];
}

/**
 * The on-call rota per environment: current primary and backup, the next weeks, gaps, and the
 * coverage of a time range for the readiness verdict.
 *
 * @remarks
 * Each distinct upstream (`OnCallSource.key`, e.g. one PagerDuty escalation policy) is one
 * collector job, shared by every environment that uses it: cached, timed out, stale on failure,
 * rate limits honoured. A job fetches a fixed window around now; the rota is computed per
 * request from it with the pure code in `-common`.
 */
export class OnCallService {
  readonly #environments: EnvironmentRegistry;
  readonly #now: () => number;
  readonly #sources: Map<string, OnCallSource>;
  readonly #jobs: EnvironmentJobs<OnCallSnapshot>;

  static create(options: {
    environments: EnvironmentRegistry;
    collector: SourceCollector;
    sources: Map<string, EnvironmentSource<OnCallSource>>;
    resolver: CatalogPeopleResolver;
    now?: () => number;
  }): OnCallService {
    return new OnCallService(options);
  }

  private constructor(options: {
    environments: EnvironmentRegistry;
    collector: SourceCollector;
    sources: Map<string, EnvironmentSource<OnCallSource>>;
    resolver: CatalogPeopleResolver;
    now?: () => number;
  }) {
    this.#environments = options.environments;
    this.#now = options.now ?? Date.now;
    this.#sources = new Map(
      [...options.sources].map(([environment, { source }]) => [
        environment,
        source,
      ]),
    );
    this.#jobs = EnvironmentJobs.register({
      collector: options.collector,
      sources: this.#sources,
      // One job per upstream (source key), shared by the environments that use it.
      job: (_environment, source) => ({
        key: `oncall:${source.key}`,
        sourceName: source.name,
        rateLimitGroup: source.rateLimitGroup,
        fetch: ({ signal }) => this.#snapshot(source, options.resolver, signal),
      }),
      notConfigured: name => ({
        name: 'none',
        message: `No on-call source is configured (${
          this.#environments.get(name).keyPrefix
        }.onCall)`,
      }),
    });
  }

  async #snapshot(
    source: OnCallSource,
    resolver: CatalogPeopleResolver,
    signal: AbortSignal,
  ): Promise<OnCallSnapshot> {
    const now = this.#now();
    const range = {
      start: new Date(now - FETCH_BACK_MS).toISOString(),
      end: new Date(now + FETCH_AHEAD_MS).toISOString(),
    };
    const shifts = await source.listShifts(range, { signal });
    const linked = await linkOnCallPeople(shifts, resolver);
    return { range, ...linked };
  }

  async #read(environment: string): Promise<{
    name: string;
    onCallSource?: OnCallSource;
    snapshot?: OnCallSnapshot;
    source: SourceInfo;
  }> {
    const name = this.#environments.get(environment).summary.name;
    const { value, source } = await this.#jobs.read(name);
    return {
      name,
      onCallSource: this.#sources.get(name),
      snapshot: value,
      source,
    };
  }

  /** The rota of `environment` for `weeks` weeks (1 to {@link MAX_ONCALL_WEEKS}). */
  async getOnCall(environment: string, weeks: number): Promise<OnCallResponse> {
    const { name, onCallSource, snapshot, source } = await this.#read(
      environment,
    );
    const base = {
      environment: name,
      ...(onCallSource && { handover: onCallSource.handover }),
    };
    if (!onCallSource || !snapshot) {
      return { ...base, weeks: [], gaps: [], findings: [], source };
    }
    const rota = buildOnCallRota({
      shifts: snapshot.shifts,
      handover: onCallSource.handover,
      now: new Date(this.#now()).toISOString(),
      weeks: Math.min(weeks, MAX_ONCALL_WEEKS),
      covered: snapshot.range,
    });
    return {
      ...base,
      ...rota,
      coveredUntil: snapshot.range.end,
      findings: snapshot.findings,
      source,
    };
  }

  /**
   * Who is on call at the start of `range` and the gaps within it, e.g. for a release window.
   * `known` is false when the source is unavailable or not configured, or its data does not
   * reach the end of the range: the verdict must then treat the precondition as unknown.
   */
  async getCoverage(
    environment: string,
    range: { start: string; end: string },
  ): Promise<OnCallCoverage> {
    const { name, snapshot, source } = await this.#read(environment);
    if (!snapshot) {
      return {
        environment: name,
        range,
        known: false,
        primary: [],
        backup: [],
        gaps: [],
        source,
      };
    }
    return {
      environment: name,
      range,
      ...onCallCoverageOf(snapshot.shifts, range, snapshot.range),
      source,
    };
  }
}
