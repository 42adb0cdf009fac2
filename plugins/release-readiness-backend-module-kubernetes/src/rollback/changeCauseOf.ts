/** At most this many characters of the reason go into the annotation. */
const MAX_REASON = 500;

/**
 * The `kubernetes.io/change-cause` of a rollback: `rollback to revision N by <actor>: <reason>`,
 * on one line, the reason cut at 500 characters.
 */
export function changeCauseOf(
  revision: number,
  actor: string,
  reason: string,
): string {
  const line = reason.replace(/\s+/g, ' ').trim();
  const cut =
    line.length > MAX_REASON ? `${line.slice(0, MAX_REASON - 1)}…` : line;
  return `rollback to revision ${revision} by ${actor}: ${cut}`;
}
