/**
 * Whether a time matches GitHub's `created` search qualifier as the list-runs endpoint takes it:
 * `>=T`, `>T`, `<=T`, `<T`, `A..B` (inclusive) or a bare date or time (`2026-03-24` is that whole
 * UTC day, a full time that second). An unreadable qualifier matches nothing, so a test notices.
 *
 * @param created - the run's creation time
 * @param filter - the qualifier, e.g. `>=2026-03-24T09:00:00Z`
 */
export function matchesCreatedFilter(created: Date, filter: string): boolean {
  const t = created.getTime();
  const range = /^(.+)\.\.(.+)$/.exec(filter);
  if (range) {
    const [from, to] = [bounds(range[1]), bounds(range[2])];
    return !!from && !!to && t >= from.start && t < to.end;
  }
  const op = /^(>=|<=|>|<)?(.+)$/.exec(filter);
  const b = op ? bounds(op[2]) : undefined;
  if (!op || !b) {
    return false;
  }
  switch (op[1]) {
    case '>=':
      return t >= b.start;
    case '>':
      return t >= b.end;
    case '<=':
      return t < b.end;
    case '<':
      return t < b.start;
    default:
      return t >= b.start && t < b.end;
  }
}

/** The interval a date (a whole day) or a time (one second) stands for. */
function bounds(text: string): { start: number; end: number } | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const start = Date.parse(`${text}T00:00:00Z`);
    return Number.isNaN(start) ? undefined : { start, end: start + 86_400_000 };
  }
  const start = Date.parse(text);
  if (Number.isNaN(start) || !/T\d{2}:\d{2}/.test(text)) {
    return undefined;
  }
  const second = Math.floor(start / 1000) * 1000;
  return { start: second, end: second + 1000 };
}
