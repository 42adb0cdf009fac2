import type { Workload } from '@release-readiness/plugin-release-readiness-common';
import type { ReleaseReadinessTranslate } from '../../translations';

const TOOLS: Record<string, string> = { helm: 'Helm', argocd: 'Argo CD' };

/**
 * "Managed by Helm (servanda)" for a Helm- or Argo CD-managed workload (a native rollback of it
 * is refused unless the policy allows it); undefined for others.
 */
export function describeManagedBy(
  managedBy: Workload['managedBy'],
  t: ReleaseReadinessTranslate,
): string | undefined {
  const tool = TOOLS[managedBy.tool];
  if (!tool) {
    return undefined;
  }
  return managedBy.name
    ? t('fields.workload.managedByRelease', { tool, release: managedBy.name })
    : t('fields.workload.managedBy', { tool });
}
