import type { RevisionsResponse } from '@release-readiness/plugin-release-readiness-common';

/**
 * Why "Roll back…" is not offered for a workload: the environment is air-gapped, the revisions
 * route refused it (its `text`, the backend's, shown as it is), or there is no earlier revision.
 */
export type RollbackBlocker =
  | { kind: 'air-gapped' }
  | { kind: 'refusal'; text: string }
  | { kind: 'no-earlier-revision' };

/**
 * Why "Roll back…" is not offered for a workload, or `undefined` when it is: air-gapped
 * environments (an offline snapshot, nothing to write to), the revisions route's refusal (e.g.
 * Helm-managed: use `helm rollback`), or no earlier revision to go back to. When the revisions
 * could not be read, the button stays available: the template's dry run says what is possible.
 * The button words it in the user's language.
 */
export function rollbackBlocker(options: {
  airGapped?: boolean;
  revisions?: RevisionsResponse;
}): RollbackBlocker | undefined {
  const { airGapped, revisions } = options;
  if (airGapped) {
    return { kind: 'air-gapped' };
  }
  if (!revisions) {
    return undefined;
  }
  if (revisions.refusal) {
    return { kind: 'refusal', text: revisions.refusal };
  }
  if (
    revisions.source.status === 'ok' &&
    !revisions.items.some(r => !r.current)
  ) {
    return { kind: 'no-earlier-revision' };
  }
  return undefined;
}
