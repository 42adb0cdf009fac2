import { WriteError } from '../patch/WriteError';

/**
 * Whether a write asks for a dry run: `dryRun=All` (validate and answer, write nothing); absent
 * for a real write.
 *
 * @throws `WriteError` 400 for any other value, as the API server refuses it
 */
export function readDryRun(url: URL): boolean {
  const values = url.searchParams.getAll('dryRun');
  if (values.length === 0) {
    return false;
  }
  if (values.every(v => v === 'All')) {
    return true;
  }
  throw WriteError.badRequest(
    `Invalid dryRun value ${JSON.stringify(
      values,
    )}: the only supported value is All`,
  );
}
