/** A file system error's code (`ENOENT`, `EACCES`, …), else `error`; never its message. */
export function errorCodeOf(error: unknown): string {
  const code: unknown =
    typeof error === 'object' && error !== null
      ? Reflect.get(error, 'code')
      : undefined;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : 'error';
}
