import { ConflictError, InputError } from '@backstage/errors';
import type {
  VersionMatcher,
  WorkloadRevision,
} from '@release-readiness/plugin-release-readiness-common';
import type {
  RollbackExecution,
  RollbackPlan,
  RollbackProgress,
  RollbackStrategy,
  RollbackTarget,
  SourceCallOptions,
} from '@release-readiness/plugin-release-readiness-node';
import { changeCauseOf } from './changeCauseOf';
import { currentRevisionOf } from './currentRevisionOf';
import { diffOf } from './diffOf';
import { imagesOf } from './imagesOf';
import { KubernetesApi } from './KubernetesApi';
import { listOwnedRevisions } from './listOwnedRevisions';
import { planRollback } from './planRollback';
import { readWorkloadObject } from './readWorkloadObject';
import { workloadObjectSchema } from './RevisionedObjects';
import { isRollbackKind, ROLLBACK_RESOURCES } from './RollbackKind';
import { rollbackPatch } from './rollbackPatch';
import { rollbackPrecondition } from './rollbackPrecondition';
import { toRollbackError } from './toRollbackError';
import { toWorkloadRevision } from './toWorkloadRevision';
import { versionOfImages } from './versionOfImages';
import type { WorkloadRef } from './WorkloadRef';

/** Options of {@link KubernetesRollbackStrategy}. */
export interface KubernetesRollbackStrategyOptions {
  /** The board's name of the cluster, e.g. `demo-cluster`. */
  cluster: string;
  /** The environment's namespace: the only one the strategy reads or writes. */
  namespace: string;
  /** The cluster's API (one connection pool per platform cluster). */
  api: KubernetesApi;
  /** The configured version patterns (`releaseReadiness.workloads.versionPatterns`). */
  matcher: VersionMatcher;
}

/**
 * The `kubernetes` rollback strategy of one live environment: `kubectl rollout undo` semantics
 * through `@kubernetes/client-node`. Revisions are the workload's own ReplicaSets or
 * ControllerRevisions (by owner `uid`); the plan picks the previous or the chosen revision and
 * refuses or skips as kubectl does ({@link planRollback}); `execute` writes with the plan's
 * `resourceVersion` as the precondition ({@link rollbackPatch}), so a workload changed since the
 * plan is a 409 and a `ConflictError`, never an overwrite, and a dry run is the API server's
 * (`dryRun=All`), whose answer gives the diff. Every request carries the caller's signal.
 */
export class KubernetesRollbackStrategy implements RollbackStrategy {
  readonly name: string;
  readonly #options: KubernetesRollbackStrategyOptions;

  constructor(options: KubernetesRollbackStrategyOptions) {
    this.#options = options;
    this.name = `kubernetes:${options.cluster}/${options.namespace}`;
  }

  async revisions(
    target: RollbackTarget,
    { signal }: SourceCallOptions,
  ): Promise<WorkloadRevision[]> {
    const ref = this.#ref(target);
    if (!ref) {
      throw new InputError(
        `${target.kind} ${target.name} has no revisions: only Deployments, StatefulSets and DaemonSets are rolled back`,
      );
    }
    const { workload, sources } = await this.#read(ref, signal);
    const current = currentRevisionOf(ref.kind, workload, sources);
    return sources.map(s =>
      toWorkloadRevision(s, current, this.#options.matcher),
    );
  }

  async plan(
    target: RollbackTarget,
    { signal, toRevision }: SourceCallOptions & { toRevision?: number },
  ): Promise<RollbackPlan> {
    const ref = this.#ref(target);
    if (!ref) {
      return {
        kind: 'refused',
        reason: 'bad-request',
        message: `no rollbacker has been implemented for "${target.kind}": only Deployments, StatefulSets and DaemonSets are rolled back`,
      };
    }
    const { workload, sources } = await this.#read(ref, signal);
    return planRollback({
      ref,
      workload,
      sources,
      toRevision,
      matcher: this.#options.matcher,
    });
  }

  async execute(
    target: RollbackTarget,
    plan: Extract<RollbackPlan, { kind: 'ready' }>,
    options: SourceCallOptions & {
      dryRun: boolean;
      reason: string;
      actor: string;
    },
  ): Promise<RollbackExecution> {
    const { signal, dryRun } = options;
    const { api, cluster, namespace, matcher } = this.#options;
    const ref = this.#ref(target);
    if (!ref) {
      throw new InputError(`${target.kind} ${target.name} has no revisions`);
    }
    const precondition = rollbackPrecondition(plan, ref);
    const label = `${ref.kind} ${ref.name}`;
    const { workload, sources } = await this.#read(ref, signal);
    const chosen = sources.find(
      s =>
        s.revision === precondition.toRevision &&
        s.object === precondition.toObject,
    );
    if (!chosen) {
      throw new ConflictError(
        `${label} changed since the plan: revision ${precondition.toRevision} (${precondition.toObject}) is no longer one of its revisions; look again`,
      );
    }
    const patch = rollbackPatch({
      kind: ref.kind,
      workload,
      target: chosen,
      resourceVersion: precondition.resourceVersion,
      changeCause: changeCauseOf(
        chosen.revision,
        options.actor,
        options.reason,
      ),
    });
    const resource = ROLLBACK_RESOURCES[ref.kind];
    let answer: unknown;
    try {
      answer = await api.request({
        method: 'PATCH',
        path: `/apis/apps/v1/namespaces/${namespace}/${resource}/${encodeURIComponent(
          ref.name,
        )}`,
        ...(dryRun && { query: { dryRun: 'All' } }),
        body: patch.body,
        contentType: patch.contentType,
        signal,
      });
    } catch (error) {
      throw toRollbackError(error, {
        verb: 'patch',
        resource,
        namespace,
        cluster,
        object: label,
        resourceVersion: precondition.resourceVersion,
      });
    }
    const written = workloadObjectSchema.safeParse(answer);
    const images = written.success
      ? imagesOf(written.data.spec.template)
      : imagesOf(chosen.template);
    const version = versionOfImages(images, matcher);
    const diff = diffOf(plan.from, {
      revision: chosen.revision,
      version,
      images,
    });
    const to = `revision ${chosen.revision}${version ? ` (${version})` : ''}`;
    return {
      outcome: dryRun ? 'dry-run' : 'written',
      message: dryRun
        ? `Dry run: the API server accepted rolling ${label} back to ${to}; nothing was written`
        : `Rolled ${label} back to ${to}; its controller now rolls it out as a new revision`,
      diff,
    };
  }

  async progress(): Promise<RollbackProgress> {
    return {
      done: true,
      succeeded: true,
      message:
        'The API server took the patch; the rollout itself is verified through the workload source',
    };
  }

  #ref(target: RollbackTarget): WorkloadRef | undefined {
    const { namespace } = this.#options;
    if (target.namespace !== namespace) {
      throw new InputError(
        `${target.kind} ${target.name} is in namespace ${target.namespace}, not in this environment's ${namespace}`,
      );
    }
    return isRollbackKind(target.kind)
      ? { kind: target.kind, namespace, name: target.name }
      : undefined;
  }

  async #read(ref: WorkloadRef, signal: AbortSignal) {
    const { api, cluster } = this.#options;
    const workload = await readWorkloadObject(api, ref, cluster, signal);
    const sources = await listOwnedRevisions(
      api,
      ref,
      workload,
      cluster,
      signal,
    );
    return { workload, sources };
  }
}
