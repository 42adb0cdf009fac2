/**
 * The lists of a pod template that a strategic merge patch merges by key (the `patchMergeKey` of
 * the Kubernetes API types), by field name. Every other list is replaced whole.
 */
export const STRATEGIC_MERGE_KEYS: Readonly<Record<string, string>> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  env: 'name',
  ports: 'containerPort',
  volumes: 'name',
  volumeMounts: 'mountPath',
  volumeDevices: 'devicePath',
  imagePullSecrets: 'name',
  hostAliases: 'ip',
  resourceClaims: 'name',
  ownerReferences: 'uid',
};
