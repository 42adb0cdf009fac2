/**
 * Whether a version is a prerelease: a semantic version with a prerelease part
 * (`1.9.0-rc.1`), or a release-candidate or development build by the default version patterns
 * (`rc-1.9.0`, `dev-3f2a1bc`).
 *
 * @param version - the version
 */
export function isPrereleaseVersion(version: string): boolean {
  return /^\d+\.\d+\.\d+-/.test(version) || /^(?:rc|dev)-/.test(version);
}
