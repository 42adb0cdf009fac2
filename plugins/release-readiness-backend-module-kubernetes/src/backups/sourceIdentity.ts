import type { BackupTarget } from './BackupTarget';

/**
 * The key, name and rate-limit group of a Kubernetes backup source reading `what` (e.g.
 * `servanda-prod/cronjob/postgres-backup`) on `target`: `<mode>:<cluster>/<what>`, e.g.
 * `kubernetes:demo-cluster/servanda-prod/cronjob/postgres-backup`. The key of a block's own
 * connection also names its system and environment. Neither holds credentials.
 */
export function sourceIdentity(
  target: BackupTarget,
  what: string,
): { key: string; name: string; rateLimitGroup?: string } {
  const name = `${target.mode}:${target.cluster}/${what}`;
  return {
    key: `${name}${target.keySuffix}`,
    name,
    ...(target.rateLimitGroup && { rateLimitGroup: target.rateLimitGroup }),
  };
}
