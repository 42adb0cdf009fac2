import type {
  VersionMatcher,
  WorkloadRevision,
} from '@release-readiness/plugin-release-readiness-common';
import type { RollbackPlan } from '@release-readiness/plugin-release-readiness-node';
import { currentRevisionOf } from './currentRevisionOf';
import { diffOf } from './diffOf';
import { imagesOf } from './imagesOf';
import type { RevisionSource } from './RevisionSource';
import type { WorkloadObject } from './RevisionedObjects';
import { sameTemplate } from './sameTemplate';
import { toWorkloadRevision } from './toWorkloadRevision';
import { versionOfImages } from './versionOfImages';
import type { WorkloadRef } from './WorkloadRef';

const refused = (
  message: string,
  reason: 'bad-request' | 'refused',
): RollbackPlan => ({ kind: 'refused', message, reason });

/**
 * What `kubectl rollout undo` would do, decided on what was just read (pure): the target is
 * `toRevision`, or by default the newest revision below the current one; a revision that does
 * not exist is a bad request naming the existing ones; no earlier revision, a paused Deployment
 * (kubectl's message) or a workload without `resourceVersion` is refused; a target whose template
 * is the workload's (ignoring `pod-template-hash`) is skipped. A ready plan carries the diff of
 * the images and, as its precondition, the workload's `resourceVersion` and the target revision's
 * object, which `execute` writes with.
 */
export function planRollback(input: {
  ref: WorkloadRef;
  workload: WorkloadObject;
  /** Newest first. */
  sources: readonly RevisionSource[];
  toRevision?: number;
  matcher: VersionMatcher;
}): RollbackPlan {
  const { ref, workload, sources, toRevision, matcher } = input;
  const label = `${ref.kind} ${ref.name}`;
  const current = currentRevisionOf(ref.kind, workload, sources);
  const existing = sources.map(s => s.revision).join(', ') || 'none';
  let target: RevisionSource | undefined;
  if (toRevision !== undefined) {
    target = Number.isSafeInteger(toRevision)
      ? sources.find(s => s.revision === toRevision)
      : undefined;
    if (!target) {
      return refused(
        `${label} has no revision ${toRevision} (its revisions: ${existing})`,
        'bad-request',
      );
    }
  } else {
    target =
      current === undefined
        ? undefined
        : sources.find(s => s.revision < current);
    if (!target) {
      return refused(
        ref.kind === 'Deployment'
          ? `no rollout history found for deployment "${ref.name}"`
          : `no last revision to roll back to (${label})`,
        'refused',
      );
    }
  }
  if (ref.kind === 'Deployment' && workload.spec.paused === true) {
    return refused(
      `you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume deployment/${ref.name}' and try again`,
      'refused',
    );
  }
  const liveImages = imagesOf(workload.spec.template);
  const liveVersion = versionOfImages(liveImages, matcher);
  const currentSource = sources.find(s => s.revision === current);
  const from: WorkloadRevision = {
    ...(currentSource
      ? toWorkloadRevision(currentSource, current, matcher)
      : { revision: current ?? 0, current: true }),
    images: liveImages,
    ...(liveVersion !== undefined && { version: liveVersion }),
  };
  const to = toWorkloadRevision(target, current, matcher);
  if (sameTemplate(target.template, workload.spec.template)) {
    return {
      kind: 'skipped',
      from,
      to,
      message: `skipped rollback (current template already matches revision ${target.revision})`,
    };
  }
  const resourceVersion = workload.metadata.resourceVersion;
  if (!resourceVersion) {
    return refused(
      `${label} has no resourceVersion, so it cannot be written with a precondition`,
      'refused',
    );
  }
  return {
    kind: 'ready',
    from,
    to,
    diff: diffOf(from, to),
    precondition: {
      kind: ref.kind,
      name: ref.name,
      resourceVersion,
      toRevision: target.revision,
      toObject: target.object,
    },
  };
}
