import type { RevisionsResponse } from '@release-readiness/plugin-release-readiness-common';

/**
 * Why "Roll back…" is not offered for a workload, or `undefined` when it is: air-gapped
 * environments (an offline snapshot, nothing to write to), the revisions route's refusal (e.g.
 * Helm-managed: use `helm rollback`), or no earlier revision to go back to. When the revisions
 * could not be read, the button stays available: the template's dry run says what is possible.
 */
export function rollbackBlocker(options: {
  environment: string;
  airGapped?: boolean;
  revisions?: RevisionsResponse;
}): string | undefined {
  const { environment, airGapped, revisions } = options;
  if (airGapped) {
    return `${environment} is air-gapped: its workloads come from an offline snapshot and cannot be rolled back from the portal`;
  }
  if (!revisions) {
    return undefined;
  }
  if (revisions.refusal) {
    return revisions.refusal;
  }
  if (
    revisions.source.status === 'ok' &&
    !revisions.items.some(r => !r.current)
  ) {
    return 'There is no earlier revision to roll back to';
  }
  return undefined;
}
