import { DatabaseService } from '@backstage/backend-plugin-api';
import { ConflictError, InputError } from '@backstage/errors';
import type { DecisionRecord } from '@release-readiness/plugin-release-readiness-common';
import { Knex } from 'knex';
import { migrateDatabase } from '../../database/migrateDatabase';
import {
  appendDecisionEvent,
  DecisionEventAppend,
} from './appendDecisionEvent';
import { decisionEventPayloads } from './decisionEventPayloads';
import {
  DECISION_EVENTS_TABLE as TABLE,
  DecisionEventRow,
} from './DecisionEventRow';
import type {
  DecisionAppendResult,
  DecisionChainReport,
  DecisionEventRef,
  DecisionStore,
  NewDecisionOutcome,
  NewDecisionRequest,
  NewDecisionVote,
  NewDecisionWaiver,
} from './DecisionStore';
import { isUniqueViolation } from './isUniqueViolation';
import { listDecisions } from './listDecisions';
import { readDecision } from './readDecision';
import { readDecisionPayload } from './readDecisionPayload';
import { verifyDecisionEvents } from './verifyDecisionEvents';

/** The actor of outcome events: the plugin records them, not a user. */
export const DECISION_OUTCOME_ACTOR = 'plugin:release-readiness';

/** How often an append is tried when a concurrent write took a unique key first. */
const ATTEMPTS = 5;

/** How many decisions of the same version a request's guard sees. */
const GUARD_LIMIT = 100;

function inDecision(
  row: DecisionEventRow,
  r: { system: string; environment: string; decisionId: string },
): boolean {
  return (
    row.system === r.system &&
    row.environment === r.environment &&
    row.decision_id === r.decisionId
  );
}

/**
 * {@link DecisionStore} in the plugin's database (SQLite, PostgreSQL); runs the plugin's
 * migrations on creation unless the database service says to skip them. Writes to one chain are
 * serialized: on PostgreSQL by a transaction-scoped advisory lock on `system/environment`, on
 * SQLite by its single connection.
 */
export class DatabaseDecisionStore implements DecisionStore {
  readonly #db: Knex;
  readonly #now: () => number;
  readonly #postgres: boolean;

  /**
   * `now` is the store's clock in milliseconds (the server time of every event; default
   * `Date.now`), injectable for tests.
   */
  static async create(options: {
    database: DatabaseService;
    now?: () => number;
  }): Promise<DatabaseDecisionStore> {
    return new DatabaseDecisionStore(
      await migrateDatabase(options.database),
      options.now ?? Date.now,
    );
  }

  private constructor(db: Knex, now: () => number) {
    this.#db = db;
    this.#now = now;
    this.#postgres = /^(pg|postgres)/.test(String(db.client.config.client));
  }

  async appendRequest(r: NewDecisionRequest): Promise<DecisionAppendResult> {
    const { record, system, environment } = r;
    if (record.system !== system || record.environment !== environment) {
      throw new InputError(
        'record.system and record.environment must name the chain the request is appended to',
      );
    }
    const lifetime =
      Date.parse(record.expiresAt) - Date.parse(record.requestedAt);
    if (!(lifetime > 0)) {
      throw new InputError(
        'record.expiresAt must be an ISO time after record.requestedAt',
      );
    }
    return this.#append({
      system,
      environment,
      decisionId: record.id,
      type: 'request',
      actor: r.actor,
      requestId: r.requestId,
      uniqueKey: null,
      payload: at => ({
        ...record,
        requestedAt: at,
        expiresAt: new Date(Date.parse(at) + lifetime).toISOString(),
      }),
      // What the requester chose; id, times, plannedAt and evidence are computed per attempt.
      sameAs: row => {
        if (
          row.type !== 'request' ||
          row.system !== system ||
          row.environment !== environment
        ) {
          return false;
        }
        const stored = readDecisionPayload(row, decisionEventPayloads.request);
        return (
          stored.version === record.version &&
          stored.digest === record.digest &&
          stored.ref === record.ref &&
          stored.changeType === record.changeType &&
          stored.risk === record.risk &&
          stored.reason === record.reason
        );
      },
      guard: async trx => {
        const taken = await trx<DecisionEventRow>(TABLE)
          .where({ decision_id: record.id })
          .first();
        if (taken) {
          throw new ConflictError(
            `decision id '${record.id}' is already taken`,
          );
        }
        if (r.guard) {
          await r.guard(
            await listDecisions(trx, {
              system,
              environment,
              version: record.version,
              limit: GUARD_LIMIT,
            }),
          );
        }
      },
    });
  }

  async appendVote(r: NewDecisionVote): Promise<DecisionAppendResult> {
    const { vote } = r;
    return this.#append({
      system: r.system,
      environment: r.environment,
      decisionId: r.decisionId,
      type: 'vote',
      actor: vote.voter,
      requestId: r.requestId,
      uniqueKey: `vote:${r.decisionId}:${vote.voter}`,
      payload: at => ({ ...vote, at }),
      sameAs: row => {
        if (row.type !== 'vote' || !inDecision(row, r)) {
          return false;
        }
        const stored = readDecisionPayload(row, decisionEventPayloads.vote);
        return stored.vote === vote.vote && stored.reason === vote.reason;
      },
    });
  }

  async appendWaiver(r: NewDecisionWaiver): Promise<DecisionAppendResult> {
    const { waiver } = r;
    return this.#append({
      system: r.system,
      environment: r.environment,
      decisionId: r.decisionId,
      type: 'waiver',
      actor: waiver.by,
      requestId: r.requestId,
      uniqueKey: `waiver:${r.decisionId}:${waiver.item}`,
      payload: at => ({ ...waiver, at }),
      sameAs: row => {
        if (row.type !== 'waiver' || !inDecision(row, r)) {
          return false;
        }
        const stored = readDecisionPayload(row, decisionEventPayloads.waiver);
        return (
          stored.item === waiver.item &&
          stored.reason === waiver.reason &&
          Date.parse(stored.until) === Date.parse(waiver.until)
        );
      },
    });
  }

  async appendOutcome(r: NewDecisionOutcome): Promise<DecisionAppendResult> {
    const { outcome } = r;
    return this.#append({
      system: r.system,
      environment: r.environment,
      decisionId: r.decisionId,
      type: 'outcome',
      actor: DECISION_OUTCOME_ACTOR,
      requestId: null,
      // One outcome per decision, and once an invalidation of a go.
      uniqueKey:
        outcome.status === 'invalidated'
          ? `outcome:${r.decisionId}:invalidated`
          : `outcome:${r.decisionId}`,
      payload: at => ({ ...outcome, at }),
      sameAs: () => false,
      replays: row => {
        const stored = readDecisionPayload(row, decisionEventPayloads.outcome);
        return (
          stored.status === outcome.status && stored.reason === outcome.reason
        );
      },
    });
  }

  async get(system: string, id: string): Promise<DecisionRecord | undefined> {
    return readDecision(this.#db, system, id);
  }

  async findByRequestId(
    actor: string,
    requestId: string,
  ): Promise<DecisionEventRef | undefined> {
    const row = await this.#db<DecisionEventRow>(TABLE)
      .where({ actor, request_id: requestId })
      .first();
    return (
      row && {
        system: row.system,
        environment: row.environment,
        decisionId: row.decision_id,
        type: row.type,
      }
    );
  }

  async list(query: {
    system: string;
    environment?: string;
    version?: string;
    limit: number;
  }): Promise<DecisionRecord[]> {
    return listDecisions(this.#db, query);
  }

  async verify(query?: {
    system?: string;
    environment?: string;
  }): Promise<DecisionChainReport> {
    return verifyDecisionEvents(this.#db, query);
  }

  async #append(event: DecisionEventAppend): Promise<DecisionAppendResult> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.#db.transaction(trx =>
          appendDecisionEvent(trx, event, {
            now: () => new Date(this.#now()),
            postgres: this.#postgres,
          }),
        );
      } catch (error) {
        // A race the chain lock does not cover (the same actor and requestId on two chains at
        // once): the next attempt finds the other write and answers as for a retry.
        if (!isUniqueViolation(error)) {
          throw error;
        }
        if (attempt === ATTEMPTS) {
          throw new ConflictError(
            `The ${event.type} of decision '${event.decisionId}' collided with concurrent writes; retry it`,
          );
        }
      }
    }
  }
}
