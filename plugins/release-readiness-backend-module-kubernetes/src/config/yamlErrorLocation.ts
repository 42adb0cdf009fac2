/**
 * Where a YAML parser failed, without anything the parser says about it.
 *
 * @remarks
 * js-yaml's (and so `@kubernetes/client-node`'s) `YAMLException` quotes the offending source lines
 * in its message (`mark.snippet`), and its reason can quote a tag or a key, so neither may reach a
 * log or a user: a kubeconfig `token:` or a snapshot's env `value:` would go with it. Only the
 * position is read, from `mark.line` and `mark.column` (0-based there).
 *
 * @returns the 1-based line and column, or `undefined` when the error is not a located YAML error
 */
export function yamlErrorLocation(
  error: unknown,
): { line: number; column: number } | undefined {
  if (!(error instanceof Error) || error.name !== 'YAMLException') {
    return undefined;
  }
  const mark: unknown = Reflect.get(error, 'mark');
  if (typeof mark !== 'object' || mark === null) {
    return undefined;
  }
  const line: unknown = Reflect.get(mark, 'line');
  const column: unknown = Reflect.get(mark, 'column');
  if (!Number.isInteger(line) || !Number.isInteger(column)) {
    return undefined;
  }
  return { line: Number(line) + 1, column: Number(column) + 1 };
}
