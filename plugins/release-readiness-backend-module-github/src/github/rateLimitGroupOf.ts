import { createHash } from 'node:crypto';

/**
 * The rate-limit group of a GitHub gate source: `github:<host>`, plus a short hash of the
 * credential identity when it is known (for a GitHub App: its app ids and the installation's
 * owner, since each installation has its own limit). Sources of one group share GitHub's limit,
 * so a rate limit met by one holds for all of them. Never contains a token.
 *
 * @param host - the web host, e.g. `github.com`
 * @param identity - what identifies the credential, e.g. `apps:123:servanda`; never a secret
 */
export function rateLimitGroupOf(host: string, identity?: string): string {
  if (!identity) {
    return `github:${host}`;
  }
  const hash = createHash('sha256').update(identity).digest('hex');
  return `github:${host}:${hash.slice(0, 12)}`;
}
