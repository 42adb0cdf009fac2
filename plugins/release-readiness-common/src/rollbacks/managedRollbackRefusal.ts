import type { Workload } from '../workloads';

/**
 * Why a native rollback (writing the workload's template back in Kubernetes) must not touch a
 * workload another tool deploys: Helm would roll it forward again on its next upgrade and its
 * release history would lie; Argo CD would sync it back (or report drift). Undefined when the
 * native rollback may go ahead: the workload is plain, or the policy allows it
 * (`rollback.allowManaged`).
 *
 * @public
 */
export function managedRollbackRefusal(
  workload: Pick<Workload, 'kind' | 'name' | 'namespace' | 'managedBy'>,
  options: { strategy: string; allowManaged: boolean },
): string | undefined {
  if (options.strategy !== 'kubernetes' || options.allowManaged) {
    return undefined;
  }
  const { tool, name } = workload.managedBy;
  const what = `${workload.kind} ${workload.name}`;
  if (tool === 'helm') {
    const release = name ?? '<release>';
    return `${what} is managed by Helm (release ${release}): roll it back with 'helm rollback ${release} -n ${workload.namespace}', or through the deploy pipeline (rollback.strategy: github-actions); a native rollback would be undone by the next helm upgrade`;
  }
  if (tool === 'argocd') {
    return `${what} is managed by Argo CD${
      name ? ` (application ${name})` : ''
    }: revert the change in Git and let Argo CD sync the previous version; a native rollback would be synced back`;
  }
  return undefined;
}
