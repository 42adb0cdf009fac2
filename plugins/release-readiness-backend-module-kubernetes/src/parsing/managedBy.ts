import type { V1ObjectMeta } from '@kubernetes/client-node';
import type { WorkloadManagedBy } from '@release-readiness/plugin-release-readiness-common';

/**
 * Who deploys an object, from the marks the tools leave on it:
 *
 * - Argo CD: the `argocd.argoproj.io/tracking-id` annotation (annotation tracking) or the
 *   `argocd.argoproj.io/instance` label; checked first, because charts that Argo CD renders also
 *   carry `app.kubernetes.io/managed-by: Helm`.
 * - Helm: the `meta.helm.sh/release-name` annotation that `helm install/upgrade` sets, or the
 *   `app.kubernetes.io/managed-by: Helm` label.
 * - other: any other `app.kubernetes.io/managed-by` value.
 * - plain: none of these (kubectl apply, scripts).
 */
export function managedBy(
  metadata: V1ObjectMeta | undefined,
): WorkloadManagedBy {
  const annotations = metadata?.annotations ?? {};
  const labels = metadata?.labels ?? {};
  const trackingId = annotations['argocd.argoproj.io/tracking-id'];
  if (trackingId) {
    return { tool: 'argocd', name: trackingId.split(':')[0] };
  }
  if (labels['argocd.argoproj.io/instance']) {
    return { tool: 'argocd', name: labels['argocd.argoproj.io/instance'] };
  }
  const release = annotations['meta.helm.sh/release-name'];
  const manager = labels['app.kubernetes.io/managed-by'];
  if (release) {
    return { tool: 'helm', name: release };
  }
  if (manager === 'Helm') {
    const instance = labels['app.kubernetes.io/instance'];
    return { tool: 'helm', ...(instance && { name: instance }) };
  }
  if (manager) {
    return { tool: 'other', name: manager };
  }
  return { tool: 'plain' };
}
