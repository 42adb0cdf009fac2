import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import {
  DecisionRecord,
  DecisionRequestInput,
  DecisionWaiver,
  mayRequestDecision,
  mayVote,
  mayWaive,
} from '@release-readiness/plugin-release-readiness-common';
import { DecisionGuard } from './DecisionGuard';
import type { DecisionNotifier } from './DecisionNotifier';
import type { DecisionService } from './DecisionService';
import type { DecisionStore } from './store/DecisionStore';

type UserCredentials = BackstageCredentials<BackstageUserPrincipal>;

/** What a write answers: the decision after it, and whether this call wrote. */
export interface DecisionWrite {
  record: DecisionRecord;
  created: boolean;
  /** Who allowed it (for the audit record). */
  authorisedBy?: string;
}

/**
 * Every decision write, for the user who acts: the Backstage permission and the RACI (the pure
 * policy) first, then one append to the store. A write retried with the same request id returns
 * what it wrote the first time (without checking again), one with other content is a 409.
 */
export class DecisionWriter {
  readonly #service: DecisionService;
  readonly #store: DecisionStore;
  readonly #guard: DecisionGuard;
  readonly #notifier?: DecisionNotifier;
  readonly #now: () => number;

  constructor(options: {
    service: DecisionService;
    store: DecisionStore;
    guard: DecisionGuard;
    notifier?: DecisionNotifier;
    now?: () => number;
  }) {
    this.#service = options.service;
    this.#store = options.store;
    this.#guard = options.guard;
    this.#notifier = options.notifier;
    this.#now = options.now ?? Date.now;
  }

  async request(
    credentials: UserCredentials,
    input: DecisionRequestInput & { environment: string; requestId: string },
  ): Promise<DecisionWrite> {
    const user = credentials.principal.userEntityRef;
    const { name, policy } = this.#service.environment(input.environment);
    await this.#guard.require('request', credentials);
    const retried = await this.#service.findRetry(user, input.requestId);
    if (retried) {
      // Every field the client gave must match what the first call recorded; the fields it left
      // out were filled by the server then (planned time, change type, risk).
      const moment = (iso?: string) => (iso ? Date.parse(iso) : undefined);
      return this.#retry(
        retried,
        'request',
        undefined,
        r =>
          r.environment === name &&
          r.version === input.version &&
          r.reason === input.reason &&
          r.digest === input.digest &&
          r.ref === input.ref &&
          (input.changeType === undefined ||
            r.changeType === input.changeType) &&
          (input.risk === undefined || r.risk === input.risk) &&
          (input.plannedAt === undefined ||
            moment(r.plannedAt) === moment(input.plannedAt)),
      );
    }
    const raci = await this.#service.raci(name);
    const eligibility = mayRequestDecision(policy, raci, {
      user,
      environment: name,
    });
    DecisionGuard.raci(eligibility);
    const { environment: _env, requestId, ...request } = input;
    const prepared = await this.#service.prepare(name, request);
    const { record, created } = await this.#store.appendRequest({
      system: this.#service.system,
      environment: name,
      record: { ...prepared, requester: user },
      actor: user,
      requestId,
      guard: this.#service.refuseOpen(),
    });
    if (created) {
      await this.#notifier?.requested(record, policy, raci);
    }
    return { record, created, authorisedBy: eligibility.reason };
  }

  async vote(
    credentials: UserCredentials,
    id: string,
    input: { vote: 'go' | 'no-go'; reason: string; requestId: string },
  ): Promise<DecisionWrite> {
    const user = credentials.principal.userEntityRef;
    await this.#guard.require('vote', credentials);
    const record = await this.#service.record(id);
    const retried = await this.#service.findRetry(user, input.requestId);
    if (retried) {
      return this.#retry(retried, 'vote', id, r =>
        r.votes.some(
          v =>
            v.voter === user &&
            v.vote === input.vote &&
            v.reason === input.reason,
        ),
      );
    }
    const { policy } = this.#service.environment(record.environment);
    const raci = await this.#service.raci(record.environment);
    const now = new Date(this.#now()).toISOString();
    const eligibility = mayVote(record, policy, raci, { user, now });
    DecisionGuard.raci(eligibility);
    const written = await this.#store.appendVote({
      system: this.#service.system,
      environment: record.environment,
      decisionId: id,
      vote: {
        voter: user,
        roles: eligibility.roles,
        vote: input.vote,
        reason: input.reason,
        at: now,
      },
      requestId: input.requestId,
    });
    return this.#settle(written.record, written.created, eligibility.reason);
  }

  async waive(
    credentials: UserCredentials,
    id: string,
    input: { item: string; reason: string; until?: string; requestId: string },
  ): Promise<DecisionWrite> {
    const user = credentials.principal.userEntityRef;
    await this.#guard.require('waive', credentials);
    const record = await this.#service.record(id);
    const retried = await this.#service.findRetry(user, input.requestId);
    if (retried) {
      return this.#retry(retried, 'waiver', id, r =>
        r.waivers.some(
          w =>
            w.by === user &&
            w.item === input.item &&
            w.reason === input.reason &&
            (input.until === undefined ||
              Date.parse(w.until) === Date.parse(input.until)),
        ),
      );
    }
    const { policy } = this.#service.environment(record.environment);
    const raci = await this.#service.raci(record.environment);
    const now = new Date(this.#now()).toISOString();
    const until = new Date(input.until ?? record.expiresAt).toISOString();
    const eligibility = mayWaive(record, policy, raci, {
      user,
      item: input.item,
      now,
      until,
    });
    DecisionGuard.raci(eligibility);
    const waiver: DecisionWaiver = {
      item: input.item,
      reason: input.reason,
      by: user,
      until,
      at: now,
    };
    const written = await this.#store.appendWaiver({
      system: this.#service.system,
      environment: record.environment,
      decisionId: id,
      waiver,
      requestId: input.requestId,
    });
    return this.#settle(written.record, written.created, eligibility.reason);
  }

  /** After a vote or waiver: the outcome once reached, and one signal to open views. */
  async #settle(
    record: DecisionRecord,
    created: boolean,
    authorisedBy: string,
  ): Promise<DecisionWrite> {
    const state = await this.#service.judge(record);
    const settled = await this.#service.recordOutcome(record, state);
    // Recording an outcome signals itself; otherwise this write does.
    if (created && !(settled.outcome && !record.outcome)) {
      await this.#notifier?.changed(settled);
    }
    return { record: settled, created, authorisedBy };
  }

  /** A retried write: the first one's result when it said the same, else a 409. */
  async #retry(
    retried: { system: string; decisionId: string; type: string },
    expected: 'request' | 'vote' | 'waiver',
    id: string | undefined,
    same: (record: DecisionRecord) => boolean,
  ): Promise<DecisionWrite> {
    const record =
      retried.system === this.#service.system &&
      retried.type === expected &&
      (id === undefined || retried.decisionId === id)
        ? await this.#service.record(retried.decisionId)
        : undefined;
    if (!record || !same(record)) {
      throw new ConflictError(
        "Invalid body field 'requestId': it was already used for a different write; use a new one",
      );
    }
    return { record, created: false };
  }
}
