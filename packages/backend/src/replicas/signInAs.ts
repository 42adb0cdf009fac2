/**
 * Signs in as a catalog user through a replica's demo sign-in (`GET /api/auth/demo/refresh`),
 * retrying while the catalog has not read the user yet (404) or not yet related it to `group`
 * (the token's ownership refs are fixed at sign-in, and the RACI checks them); returns the
 * Backstage token.
 *
 * @param baseUrl - the replica's address
 * @param userRef - e.g. `user:default/lena.kraus`
 * @param group - a group the user must be a member of, e.g. `group:default/servanda-oncall`
 * @param timeoutMs - how long the catalog may take
 */
export async function signInAs(
  baseUrl: string,
  userRef: string,
  group: string,
  timeoutMs: number,
): Promise<string> {
  const until = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < until) {
    const response = await fetch(`${baseUrl}/api/auth/demo/refresh`, {
      headers: { 'x-demo-user': userRef },
    });
    if (response.ok) {
      const body = (await response.json()) as {
        backstageIdentity?: {
          token?: unknown;
          identity?: { ownershipEntityRefs?: unknown };
        };
      };
      const token = body.backstageIdentity?.token;
      if (typeof token !== 'string') {
        throw new Error(`sign-in as ${userRef}: no token in the answer`);
      }
      const refs = body.backstageIdentity?.identity?.ownershipEntityRefs;
      if (Array.isArray(refs) && refs.includes(group)) return token;
      last = `200 without ${group}`;
    } else {
      last = `HTTP ${response.status}`;
      if (response.status !== 404) break;
    }
    await new Promise(r => setTimeout(r, 500));
  }
  throw new Error(`sign-in as ${userRef} at ${baseUrl} failed (${last})`);
}
