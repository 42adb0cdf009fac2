/**
 * The keys of an environment block that carry a connection: a server address, credentials, TLS
 * settings or a file on the backend host. A platform-owned block may set them (the legacy
 * `kubernetes` block, `workloads: { source: snapshot, path }`); a team's policy never may, and a
 * block that names a platform `cluster` needs none of them.
 */
export const ENVIRONMENT_CONNECTION_KEYS = [
  'kubernetes.url',
  'kubernetes.auth',
  'kubernetes.caData',
  'kubernetes.caFile',
  'kubernetes.skipTLSVerify',
  'workloads.path',
] as const;
