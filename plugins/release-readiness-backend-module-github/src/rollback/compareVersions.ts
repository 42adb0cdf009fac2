const SEMVER =
  /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/;

/**
 * Compares two versions by semantic-versioning precedence (semver 2.0.0 §11: major, minor,
 * patch, then a release above its prereleases, prerelease identifiers numerically or
 * lexically; build metadata ignored).
 *
 * @returns negative when `a` comes before `b`, positive after, 0 when equal; `undefined` when
 *   either is not a semantic version (e.g. `dev-3f2a1bc`)
 */
export function compareVersions(a: string, b: string): number | undefined {
  const [x, y] = [SEMVER.exec(a), SEMVER.exec(b)];
  if (!x || !y) {
    return undefined;
  }
  for (let i = 1; i <= 3; i++) {
    const d = Number(x[i]) - Number(y[i]);
    if (d !== 0) {
      return d;
    }
  }
  if (!x[4] || !y[4]) {
    return (x[4] ? -1 : 0) - (y[4] ? -1 : 0);
  }
  const [p, q] = [x[4].split('.'), y[4].split('.')];
  for (let i = 0; i < Math.max(p.length, q.length); i++) {
    if (p[i] === undefined || q[i] === undefined) {
      return p[i] === undefined ? -1 : 1;
    }
    const [m, n] = [/^\d+$/.test(p[i]), /^\d+$/.test(q[i])];
    if (m && n) {
      const d = Number(p[i]) - Number(q[i]);
      if (d !== 0) {
        return d;
      }
    } else if (m !== n) {
      return m ? -1 : 1;
    } else if (p[i] !== q[i]) {
      return p[i] < q[i] ? -1 : 1;
    }
  }
  return 0;
}
