import type { RevisionSource } from './RevisionSource';
import type { WorkloadObject } from './RevisionedObjects';
import type { RollbackKind } from './RollbackKind';
import { sameTemplate } from './sameTemplate';

/**
 * The revision the workload runs now: the newest of its revisions whose template is the
 * workload's (as `kubectl rollout undo` compares them); else the one it names itself (a
 * Deployment's `deployment.kubernetes.io/revision`, a StatefulSet's `status.updateRevision`);
 * else the newest. `undefined` without revisions. `sources` are newest first.
 */
export function currentRevisionOf(
  kind: RollbackKind,
  workload: WorkloadObject,
  sources: readonly RevisionSource[],
): number | undefined {
  const matching = sources.find(s =>
    sameTemplate(s.template, workload.spec.template),
  );
  if (matching) {
    return matching.revision;
  }
  const named =
    kind === 'Deployment'
      ? sources.find(
          s =>
            String(s.revision) ===
            workload.metadata.annotations?.[
              'deployment.kubernetes.io/revision'
            ],
        )
      : sources.find(
          s =>
            kind === 'StatefulSet' &&
            s.object ===
              `ControllerRevision/${workload.status?.updateRevision}`,
        );
  return (named ?? sources[0])?.revision;
}
