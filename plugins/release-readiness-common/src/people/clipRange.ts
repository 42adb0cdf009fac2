/**
 * The part of `range` inside `within` (ISO times), or undefined when they do not overlap.
 *
 * @public
 */
export function clipRange(
  range: { start: string; end: string },
  within?: { start: string; end: string },
): { start: string; end: string } | undefined {
  const start = Math.max(
    Date.parse(range.start),
    within ? Date.parse(within.start) : -Infinity,
  );
  const end = Math.min(
    Date.parse(range.end),
    within ? Date.parse(within.end) : Infinity,
  );
  if (!(end > start)) {
    return undefined;
  }
  return {
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
  };
}
