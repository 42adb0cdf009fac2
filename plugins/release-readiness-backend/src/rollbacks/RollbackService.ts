import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  managedRollbackRefusal,
  RevisionsResponse,
  RollbackRecord,
  RollbackRequest,
  safeHttpUrl,
} from '@release-readiness/plugin-release-readiness-common';
import { classifySourceError } from '../collector/classifySourceError';
import type { RollbackContext } from './RollbackContext';
import { RollbackRunner } from './RollbackRunner';
import type { RollbackFollowUpField } from './store/RollbackStore';
import { InputError } from '@backstage/errors';

/**
 * Rollbacks of one system: a workload's revisions, the rollback itself ({@link RollbackRunner}),
 * the records and the playbook's follow-ups.
 */
export class RollbackService {
  readonly #ctx: RollbackContext;
  readonly #runner: RollbackRunner;

  constructor(ctx: RollbackContext) {
    this.#ctx = ctx;
    this.#runner = new RollbackRunner(ctx);
  }

  get system(): string {
    return this.#ctx.system;
  }

  /** The workload's revisions and the strategy that would roll it back (or why none may). */
  async revisions(
    environment: string,
    kind: string,
    name: string,
  ): Promise<RevisionsResponse> {
    const ctx = this.#ctx;
    const { name: env, policy } = ctx.environment(environment);
    const { items, source } = await ctx.workloads.workloads(env);
    const base = { environment: env, workload: { kind, name } };
    const chosen = ctx.strategyFor(env, name);
    if (!items) {
      // The strategy comes from the policy, not the workload: name it while the source is down.
      return { ...base, items: [], strategy: chosen?.type ?? 'none', source };
    }
    const workload = items.find(w => w.kind === kind && w.name === name);
    if (!workload) {
      throw new NotFoundError(`No ${kind} '${name}' in ${env}`);
    }
    if (!chosen) {
      return {
        ...base,
        items: [],
        strategy: 'none',
        refusal: `${env} has no rollback strategy (${policy.keyPrefix}.strategy)`,
        source: { name: 'none', status: 'ok' },
      };
    }
    const refusal = managedRollbackRefusal(workload, {
      strategy: chosen.type,
      allowManaged: policy.allowManaged,
    });
    const strategySource = { name: chosen.strategy.name };
    try {
      const revisions = await chosen.strategy.revisions(workload, {
        signal: AbortSignal.timeout(ctx.timeoutMs),
      });
      return {
        ...base,
        items: revisions,
        strategy: chosen.type,
        ...(refusal && { refusal }),
        source: {
          ...strategySource,
          status: 'ok',
          fetchedAt: new Date(ctx.now()).toISOString(),
        },
      };
    } catch (error) {
      return {
        ...base,
        items: [],
        strategy: chosen.type,
        ...(refusal && { refusal }),
        source: {
          ...strategySource,
          status: 'unavailable',
          error: classifySourceError(error),
        },
      };
    }
  }

  /** Runs a rollback (see {@link RollbackRunner}); `refusal` is set when it was refused. */
  rollBack(
    credentials: BackstageCredentials<BackstageUserPrincipal>,
    request: Omit<RollbackRequest, 'system'>,
  ) {
    return this.#runner.run(credentials, request);
  }

  async get(id: string): Promise<RollbackRecord> {
    const record = await this.#ctx.store.get(this.#ctx.system, id);
    if (!record) {
      throw new NotFoundError(`No rollback '${id}' in ${this.#ctx.system}`);
    }
    return record;
  }

  list(query: {
    environment?: string;
    kind?: string;
    name?: string;
    limit: number;
  }) {
    const environment =
      query.environment && this.#ctx.environment(query.environment).name;
    return this.#ctx.store.list({
      system: this.#ctx.system,
      ...query,
      ...(environment && { environment }),
    });
  }

  /**
   * Records a follow-up (communication done, post-mortem owner or link): by the user who rolled
   * back, or anyone the policy allows to roll back there.
   */
  async followUp(
    credentials: BackstageCredentials<BackstageUserPrincipal>,
    id: string,
    input: {
      field: RollbackFollowUpField;
      value: string | true;
      requestId: string;
    },
  ): Promise<RollbackRecord> {
    const record = await this.get(id);
    const user = credentials.principal.userEntityRef;
    if (record.actor !== user) {
      const { policy } = this.#ctx.environment(record.environment);
      const clearance = await this.#ctx.guard.mayRollBack({
        credentials,
        environment: record.environment,
        policy,
      });
      if (!clearance.allowed) {
        throw new NotAllowedError(clearance.reason);
      }
    }
    if (
      input.field === 'postMortemLink' &&
      typeof input.value === 'string' &&
      !safeHttpUrl(input.value)
    ) {
      throw new InputError(
        "Invalid body field 'value': expected an http(s) URL of the post-mortem",
      );
    }
    return this.#ctx.store.appendFollowUp({
      rollbackId: id,
      actor: user,
      requestId: input.requestId,
      field: input.field,
      value: input.value,
    });
  }
}
