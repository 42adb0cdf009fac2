/** The namespace Velero runs in unless the cluster's `veleroNamespace` says otherwise. */
export const DEFAULT_VELERO_NAMESPACE = 'velero';
