import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import {
  managedRollbackRefusal,
  RollbackOutcome,
  RollbackRecord,
  RollbackRequest,
} from '@release-readiness/plugin-release-readiness-common';
import type { RollbackStrategy } from '@release-readiness/plugin-release-readiness-node';
import { randomUUID } from 'node:crypto';
import { classifySourceError } from '../collector/classifySourceError';
import type { RollbackContext } from './RollbackContext';
import { findRetriedRollback } from './findRetriedRollback';
import type { RollbackStore } from './store/RollbackStore';

type Request = Omit<RollbackRequest, 'system'>;
type Answer = { record: RollbackRecord; created: boolean; refusal?: Error };

/**
 * One rollback, for the user who acts: permission and RACI, the freeze, then — holding the
 * workload's lock, so concurrent rollbacks of one workload run one after the other — the
 * cooldown, a fresh read of the workload, the managed-workload rule, the strategy's plan and
 * the write with its precondition. Every attempt that passes input validation is recorded
 * (refusals, conflicts and dry runs too); the record of a write is appended before the write.
 * Bad input (unknown environment, kind, workload, revision) is a 4xx with no record.
 */
export class RollbackRunner {
  readonly #ctx: RollbackContext;
  readonly #store: RollbackStore;

  constructor(ctx: RollbackContext) {
    this.#ctx = ctx;
    this.#store = ctx.store;
  }

  async run(
    credentials: BackstageCredentials<BackstageUserPrincipal>,
    request: Request,
  ): Promise<Answer> {
    const ctx = this.#ctx;
    const user = credentials.principal.userEntityRef;
    const { name: environment, policy } = ctx.environment(request.environment);
    const chosen = ctx.strategyFor(environment, request.name);
    const key = {
      system: ctx.system,
      environment,
      kind: request.kind,
      name: request.name,
    };
    const skeleton = (
      outcome: RollbackOutcome,
      message: string,
    ): RollbackRecord => ({
      id: randomUUID(),
      system: ctx.system,
      environment,
      workload: { kind: request.kind, name: request.name },
      strategy: chosen?.type ?? 'none',
      actor: user,
      reason: request.reason,
      ...(request.overrideReason && { overrideReason: request.overrideReason }),
      dryRun: request.dryRun,
      outcome,
      message,
      verification: { status: 'not-run', checks: [] },
      createdAt: new Date(ctx.now()).toISOString(),
    });
    const record = async (
      outcome: RollbackOutcome,
      message: string,
      refusal?: (message: string) => Error,
      extra: Partial<RollbackRecord> = {},
    ): Promise<Answer> => {
      const written = await this.#store.appendRequested({
        record: { ...skeleton(outcome, message), ...extra },
        ...(request.toRevision !== undefined && {
          toRevision: request.toRevision,
        }),
        requestId: request.requestId,
      });
      return { ...written, ...(refusal && { refusal: refusal(message) }) };
    };
    const retry = { system: ctx.system, user, request, environment };
    const retried = await findRetriedRollback(this.#store, retry);
    if (retried) {
      return retried;
    }

    const clearance = await ctx.guard.mayRollBack({
      credentials,
      environment,
      policy,
    });
    if (!clearance.allowed) {
      return record('refused', clearance.reason, m => new NotAllowedError(m));
    }
    if (!chosen) {
      return record(
        'refused',
        `${environment} has no rollback strategy (${policy.keyPrefix}.strategy): its workloads do not come from a source a rollback strategy serves`,
        m => new ConflictError(m),
      );
    }
    if (!request.dryRun) {
      const freeze = ctx.guard.freeze({
        policy,
        windows: ctx.windows(environment),
        at: new Date(ctx.now()).toISOString(),
        overrideReason: request.overrideReason,
      });
      if (!freeze.allowed) {
        return record('refused', freeze.reason, m => new ConflictError(m));
      }
    }

    return this.#store.withWorkloadLock(key, async () => {
      const again = await findRetriedRollback(this.#store, retry);
      if (again) {
        return again;
      }
      if (!request.dryRun) {
        const last = await this.#store.lastWritten(key);
        const since = last ? ctx.now() - Date.parse(last.createdAt) : Infinity;
        if (last && since < policy.cooldownMs) {
          return record(
            'conflict',
            `${request.kind} ${request.name} was rolled back by ${
              last.actor
            } at ${last.createdAt} (rollback ${last.id}, ${
              last.outcome
            }): look at it before rolling back again, or wait until ${new Date(
              Date.parse(last.createdAt) + policy.cooldownMs,
            ).toISOString()}`,
            m => new ConflictError(m),
          );
        }
      }
      const { items, source } = await ctx.workloads.refresh(environment);
      if (!items) {
        throw new ServiceUnavailableError(
          `The workloads of ${environment} cannot be read now (${
            source.error?.message ?? source.status
          }): nothing was rolled back`,
        );
      }
      const workload = items.find(
        w => w.kind === request.kind && w.name === request.name,
      );
      if (!workload) {
        const known = items
          .filter(w => w.kind === request.kind)
          .map(w => w.name);
        throw new NotFoundError(
          `No ${request.kind} '${request.name}' in ${environment}; ${
            request.kind
          }s: ${known.join(', ') || 'none'}`,
        );
      }
      const managed = managedRollbackRefusal(workload, {
        strategy: chosen.type,
        allowManaged: policy.allowManaged,
      });
      if (managed) {
        return record('refused', managed, m => new ConflictError(m));
      }
      return this.#planAndExecute(
        request,
        workload,
        chosen.strategy,
        record,
        user,
      );
    });
  }

  async #planAndExecute(
    request: Request,
    workload: Parameters<RollbackStrategy['plan']>[0],
    strategy: RollbackStrategy,
    record: (
      outcome: RollbackOutcome,
      message: string,
      refusal?: (message: string) => Error,
      extra?: Partial<RollbackRecord>,
    ) => Promise<Answer>,
    user: string,
  ): Promise<Answer> {
    const ctx = this.#ctx;
    const signal = AbortSignal.timeout(ctx.timeoutMs);
    const plan = await strategy.plan(workload, {
      signal,
      ...(request.toRevision !== undefined && {
        toRevision: request.toRevision,
      }),
    });
    if (plan.kind === 'refused') {
      if (plan.reason === 'bad-request') {
        throw new InputError(
          `Invalid body field 'toRevision': ${plan.message}`,
        );
      }
      return record('refused', plan.message, m => new ConflictError(m));
    }
    if (plan.kind === 'skipped') {
      return record('skipped', plan.message);
    }
    if (
      request.fromRevision !== undefined &&
      plan.from.revision !== request.fromRevision
    ) {
      return record(
        'conflict',
        `${request.kind} ${request.name} is at revision ${plan.from.revision} now, not ${request.fromRevision} as you saw it: look again before rolling back`,
        m => new ConflictError(m),
      );
    }
    const options = { signal, reason: request.reason, actor: user };
    if (request.dryRun) {
      try {
        const checked = await strategy.execute(workload, plan, {
          ...options,
          dryRun: true,
        });
        return record('dry-run', checked.message, undefined, {
          diff: checked.diff ?? plan.diff,
        });
      } catch (error) {
        // The upstream refused the dry run (e.g. a missing workflow): recorded, nothing written.
        const conflict = error instanceof ConflictError;
        const message = conflict
          ? (error as Error).message
          : `The dry run failed: ${classifySourceError(error).message}`;
        return record(
          conflict ? 'conflict' : 'refused',
          message,
          m => new ConflictError(m),
          {
            diff: plan.diff,
          },
        );
      }
    }
    const started = await record(
      'in-progress',
      `Rolling back ${request.kind} ${request.name} from revision ${plan.from.revision} to ${plan.to.revision}`,
      undefined,
      { diff: plan.diff, verification: { status: 'pending', checks: [] } },
    );
    if (!started.created) {
      return started;
    }
    let execution;
    try {
      execution = await strategy.execute(workload, plan, {
        ...options,
        dryRun: false,
      });
    } catch (error) {
      const conflict = error instanceof ConflictError;
      const failed = await this.#store.appendExecuted({
        rollbackId: started.record.id,
        outcome: conflict ? 'conflict' : 'failed',
        message: conflict
          ? (error as Error).message
          : `The write failed: ${classifySourceError(error).message}`,
      });
      return {
        record: failed,
        created: true,
        ...(conflict && { refusal: new ConflictError(failed.message) }),
      };
    }
    const written = await this.#store.appendExecuted({
      rollbackId: started.record.id,
      outcome: execution.outcome === 'failed' ? 'failed' : 'in-progress',
      message: execution.message,
      ...(execution.run && { run: execution.run }),
      diff: execution.diff ?? plan.diff,
    });
    if (written.outcome === 'in-progress') {
      await ctx.afterWrite(written, strategy, execution);
    }
    return { record: written, created: true };
  }
}
