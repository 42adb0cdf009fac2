import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  checkDecision,
  compareEvidence,
  DecisionCheckResponse,
  DecisionPolicy,
  DecisionRecord,
  DecisionRequestInput,
  DecisionResponse,
  DecisionState,
  evaluateDecision,
  RaciResponse,
  ReadinessEvaluation,
} from '@release-readiness/plugin-release-readiness-common';
import { randomUUID } from 'node:crypto';
import type { EnvironmentRegistry } from '../environments/EnvironmentRegistry';
import type { RaciReader } from '../readiness/ManualGateGuard';
import type { ReadinessService } from '../readiness/ReadinessService';
import type { DecisionNotifier } from './DecisionNotifier';
import { DecisionOutcomes } from './DecisionOutcomes';
import { requestTimesOf } from './requestTimesOf';
import type { DecisionStore } from './store/DecisionStore';
import { youOf } from './youOf';

/** A decision with its state now. */
export interface JudgedDecision {
  record: DecisionRecord;
  state: DecisionState;
}

/**
 * Go/no-go decisions of one system: takes the evidence snapshot at request time, judges every
 * decision with the pure policy of `-common` (quorum, four-eyes, waivers, expiry, version
 * binding, invalidation by live evidence) and records outcomes. Who may act is checked by the
 * caller ({@link DecisionGuard}); this class only judges and records.
 */
export class DecisionService {
  readonly #system: string;
  readonly #environments: EnvironmentRegistry;
  readonly #policies: Map<string, DecisionPolicy>;
  readonly #store: DecisionStore;
  readonly #readiness: ReadinessService;
  readonly #raci: RaciReader;
  readonly #outcomes: DecisionOutcomes;
  readonly #now: () => number;

  constructor(options: {
    system: string;
    environments: EnvironmentRegistry;
    policies: Map<string, DecisionPolicy>;
    store: DecisionStore;
    readiness: ReadinessService;
    raci: RaciReader;
    notifier?: DecisionNotifier;
    now?: () => number;
  }) {
    this.#system = options.system;
    this.#environments = options.environments;
    this.#policies = options.policies;
    this.#store = options.store;
    this.#readiness = options.readiness;
    this.#raci = options.raci;
    this.#now = options.now ?? Date.now;
    this.#outcomes = new DecisionOutcomes({
      store: options.store,
      notifier: options.notifier,
      now: this.#now,
    });
  }

  get system(): string {
    return this.#system;
  }

  /** The environment's name (404 naming the configured ones) and its decision policy. */
  environment(environment: string): { name: string; policy: DecisionPolicy } {
    const name = this.#environments.get(environment).summary.name;
    return { name, policy: this.#policies.get(name)! };
  }

  raci(environment: string): Promise<RaciResponse> {
    return this.#raci(environment);
  }

  /** A decision of this system; 404 when it has none with that id. */
  async record(id: string): Promise<DecisionRecord> {
    const record = await this.#store.get(this.#system, id);
    if (!record) {
      throw new NotFoundError(`No decision '${id}' in ${this.#system}`);
    }
    return record;
  }

  /** A write retried with the same request id (it was checked the first time). */
  async findRetry(actor: string, requestId: string) {
    return this.#store.findByRequestId(actor, requestId);
  }

  /** Builds the request with the evidence judged now for the planned moment. */
  async prepare(
    environment: string,
    input: DecisionRequestInput,
  ): Promise<
    Omit<DecisionRecord, 'votes' | 'waivers' | 'outcome' | 'requester'>
  > {
    const { name, policy } = this.environment(environment);
    const now = this.#now();
    const { planned, expiresAt } = requestTimesOf(policy, input.plannedAt, now);
    const evidence = await this.#evidence(name, {
      at: new Date(Math.max(planned, now)).toISOString(),
      changeType: input.changeType,
      risk: input.risk,
      ref: input.ref,
    });
    return {
      id: randomUUID(),
      system: this.#system,
      environment: name,
      version: input.version,
      ...(input.digest && { digest: input.digest }),
      ...(input.ref && { ref: input.ref }),
      changeType: evidence.changeType,
      risk: evidence.risk,
      plannedAt: new Date(planned).toISOString(),
      reason: input.reason,
      requestedAt: new Date(now).toISOString(),
      expiresAt: new Date(expiresAt).toISOString(),
      evidence,
    };
  }

  /**
   * Refuses a second request while a decision for the same environment and version is open or
   * go (run by the store inside its lock, so two racing requests cannot both pass).
   */
  refuseOpen(): (sameVersion: DecisionRecord[]) => Promise<void> {
    return async sameVersion => {
      for (const record of sameVersion) {
        const { status } = await this.judge(record);
        if (status === 'open' || status === 'go') {
          throw new ConflictError(
            `Decision ${record.id} for ${record.environment} ${record.version} is already ${status}: vote there, or wait until it expires (${record.expiresAt})`,
          );
        }
      }
    };
  }

  /** The decision judged now, without live data (for lists and right after a write). */
  async judge(record: DecisionRecord): Promise<DecisionState> {
    const { policy } = this.environment(record.environment);
    return evaluateDecision(
      record,
      policy,
      await this.#raci(record.environment),
      {
        now: new Date(this.#now()).toISOString(),
      },
    );
  }

  /**
   * The decision with its state against live evidence, what changed since it was pinned, and
   * (recorded once) its outcome when it became go, no-go or invalidated.
   */
  async get(
    id: string,
  ): Promise<JudgedDecision & Pick<DecisionResponse, 'changes'>> {
    let record = await this.record(id);
    const { policy } = this.environment(record.environment);
    const raci = await this.#raci(record.environment);
    const live = await this.#live(record);
    const now = new Date(this.#now()).toISOString();
    let state = evaluateDecision(record, policy, raci, {
      now,
      ...(live && { live }),
    });
    record = await this.recordOutcome(record, state);
    state = evaluateDecision(record, policy, raci, {
      now,
      ...(live && { live }),
    });
    return {
      record,
      state,
      ...(live && { changes: compareEvidence(record.evidence, live) }),
    };
  }

  /** Records the outcome when the state reached one (see {@link DecisionOutcomes}). */
  recordOutcome(
    record: DecisionRecord,
    state: DecisionState,
  ): Promise<DecisionRecord> {
    return this.#outcomes.record({
      record,
      state,
      policy: this.environment(record.environment).policy,
      raci: () => this.#raci(record.environment),
      reread: () => this.record(record.id),
    });
  }

  /** Decisions newest first, judged without live data. */
  async list(query: {
    environment?: string;
    version?: string;
    status?: DecisionState['status'];
    limit?: number;
  }): Promise<JudgedDecision[]> {
    const records = await this.#store.list({
      system: this.#system,
      ...(query.environment && { environment: query.environment }),
      ...(query.version && { version: query.version }),
      limit: query.status ? 500 : query.limit ?? 50,
    });
    const judged = await Promise.all(
      records.map(async record => ({
        record,
        state: await this.judge(record),
      })),
    );
    return judged
      .filter(d => !query.status || d.state.status === query.status)
      .slice(0, query.limit ?? 50);
  }

  /** May a pipeline deploy `version` to `environment` now (live evidence included). */
  async check(
    environment: string,
    version: string,
  ): Promise<DecisionCheckResponse> {
    const { name } = this.environment(environment);
    // The newest decision for this version is judged against live evidence (it may have been
    // invalidated), wherever it is among the environment's; the others only give the hint.
    const [asked] = await this.#store.list({
      system: this.#system,
      environment: name,
      version,
      limit: 1,
    });
    const others = await this.list({ environment: name, limit: 20 });
    const judged = [
      ...(asked ? [await this.get(asked.id)] : []),
      ...others.filter(d => d.record.id !== asked?.id),
    ];
    return checkDecision(judged, {
      environment: name,
      version,
      now: new Date(this.#now()).toISOString(),
    });
  }

  /** May `user` vote, may they waive (see {@link youOf}). */
  you(
    record: DecisionRecord,
    state: DecisionState,
    raci: RaciResponse,
    user: string,
  ): NonNullable<DecisionResponse['you']> {
    const { policy } = this.environment(record.environment);
    const now = new Date(this.#now()).toISOString();
    return youOf({ record, state, policy, raci, user, now });
  }

  async #evidence(
    environment: string,
    request: Parameters<ReadinessService['evaluate']>[1],
  ): Promise<ReadinessEvaluation> {
    const { environment: _name, ...evaluation } =
      await this.#readiness.evaluate(environment, request);
    return evaluation;
  }

  /** Live evidence for an undecided or go decision before its planned time; else none. */
  async #live(
    record: DecisionRecord,
  ): Promise<ReadinessEvaluation | undefined> {
    const now = this.#now();
    if (
      record.outcome?.status === 'no-go' ||
      record.outcome?.status === 'invalidated'
    ) {
      return undefined;
    }
    return this.#evidence(record.environment, {
      at: new Date(Math.max(now, Date.parse(record.plannedAt))).toISOString(),
      changeType: record.changeType,
      risk: record.risk,
      ...(record.ref && { ref: record.ref }),
    });
  }
}
