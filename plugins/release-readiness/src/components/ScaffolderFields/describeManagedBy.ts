import type { Workload } from '@release-readiness/plugin-release-readiness-common';

const TOOLS: Record<string, string> = { helm: 'Helm', argocd: 'Argo CD' };

/**
 * "Managed by Helm (servanda)" for a Helm- or Argo CD-managed workload (a native rollback of it
 * is refused unless the policy allows it); undefined for others.
 */
export function describeManagedBy(
  managedBy: Workload['managedBy'],
): string | undefined {
  const tool = TOOLS[managedBy.tool];
  if (!tool) {
    return undefined;
  }
  return `Managed by ${tool}${managedBy.name ? ` (${managedBy.name})` : ''}`;
}
