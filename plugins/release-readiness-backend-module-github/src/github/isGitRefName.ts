/**
 * Whether `ref` is a valid branch, tag or commit name by the rules of `git check-ref-format`
 * (e.g. `main`, `release/1.9`, `v1.9.0-rc.1`, a commit SHA): no control characters, spaces,
 * `~ ^ : ? * [ \`, no `..` or `@{`, no component that starts with `.` or ends with `.lock`, no
 * empty component, not `@`, not ending with `.`. This refuses anything URL- or credential-shaped
 * (`user:token@…`, `https://…`).
 *
 * @param ref - the name to check
 */
export function isGitRefName(ref: string): boolean {
  if (ref.length === 0 || ref.length > 255 || ref === '@') {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x20\x7f~^:?*[\\]|\.\.|@\{/.test(ref) || ref.endsWith('.')) {
    return false;
  }
  return ref
    .split('/')
    .every(
      part =>
        part.length > 0 && !part.startsWith('.') && !part.endsWith('.lock'),
    );
}
