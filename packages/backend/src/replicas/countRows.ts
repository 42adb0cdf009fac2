import { execText } from './execText';

/**
 * Counts rows in the release-readiness plugin's own PostgreSQL database (Backstage's
 * `backstage_plugin_release-readiness`) with `psql`, the test's independent view of what was
 * written. `where` is built by the test from constants and ids it generated (never user input).
 *
 * @param postgresUrl - the server's `postgresql://…/postgres` URL
 * @param table - e.g. `release_readiness_decision_events`
 * @param where - an SQL condition
 */
export async function countRows(
  postgresUrl: string,
  table: string,
  where: string,
): Promise<number> {
  const url = new URL(postgresUrl);
  url.pathname = '/backstage_plugin_release-readiness';
  const out = await execText('psql', [
    url.toString(),
    '-At',
    '-v',
    'ON_ERROR_STOP=1',
    '-c',
    `SELECT count(*) FROM ${table} WHERE ${where}`,
  ]);
  const count = Number(out.trim());
  if (!Number.isInteger(count)) {
    throw new Error(`psql: not a count for ${table}`);
  }
  return count;
}
