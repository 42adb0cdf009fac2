import { listOccurrences } from './listOccurrences';
import type {
  AllowedPeriod,
  CalendarOccurrence,
  CalendarWindow,
  ChangeWindowStatus,
} from './types';

/**
 * Input of {@link evaluateChangeWindow}.
 *
 * @public
 */
export interface EvaluateChangeWindowOptions {
  /** The windows that apply to the environment. */
  windows: CalendarWindow[];
  /** The moment to judge, ISO 8601. */
  at: string;
  /** The kind of change, e.g. `standard` (default) or `hotfix-p1`. */
  changeType?: string;
  /** Whether changes must go out inside a release window. */
  releaseWindowRequired: boolean;
  /** Change types that may go out outside release windows (freezes still apply unless exempt). */
  releaseWindowExemptChangeTypes?: string[];
  /** How far ahead to look for the next allowed period. Default 60 days. */
  horizonDays?: number;
}

/**
 * The default change type.
 *
 * @public
 */
export const STANDARD_CHANGE_TYPE = 'standard';

const DAY_MS = 24 * 3600_000;

function activeAt(o: CalendarOccurrence, t: number): boolean {
  return Date.parse(o.start) <= t && t < Date.parse(o.end);
}

/**
 * Says whether a change of a type may go out at a moment by the freeze and release calendar:
 * which freezes apply, which release window is open, and when the next allowed period opens
 * (and closes).
 *
 * @public
 */
export function evaluateChangeWindow(
  options: EvaluateChangeWindowOptions,
): ChangeWindowStatus {
  const changeType = options.changeType ?? STANDARD_CHANGE_TYPE;
  const atMs = Date.parse(options.at);
  if (Number.isNaN(atMs)) {
    throw new Error(`Invalid time '${options.at}'`);
  }
  const horizonMs = (options.horizonDays ?? 60) * DAY_MS;
  const at = new Date(atMs).toISOString();
  const occurrences = listOccurrences(
    options.windows,
    at,
    new Date(atMs + horizonMs).toISOString(),
  );
  const applies = (o: CalendarOccurrence) =>
    !o.exemptChangeTypes.includes(changeType);
  const freezes = occurrences.filter(o => o.kind === 'freeze' && applies(o));
  const releases = occurrences.filter(o => o.kind === 'release');
  const releaseWindowRequired =
    options.releaseWindowRequired &&
    !(options.releaseWindowExemptChangeTypes ?? []).includes(changeType);

  const allowedAt = (t: number) =>
    !freezes.some(o => activeAt(o, t)) &&
    (!releaseWindowRequired || releases.some(o => activeAt(o, t)));

  const candidates = [
    atMs,
    ...freezes.map(o => Date.parse(o.end)),
    ...(releaseWindowRequired ? releases.map(o => Date.parse(o.start)) : []),
  ]
    .filter(t => t >= atMs && t < atMs + horizonMs)
    .sort((a, b) => a - b);
  const opensAt = candidates.find(allowedAt);

  let nextAllowed: AllowedPeriod | undefined;
  if (opensAt !== undefined) {
    const closes: number[] = freezes
      .map(o => Date.parse(o.start))
      .filter(t => t > opensAt);
    const releaseWindow = releases.find(o => activeAt(o, opensAt));
    if (releaseWindowRequired) {
      // The release windows open at that time, joined with any that continue them.
      let end = opensAt;
      let extended = true;
      while (extended) {
        extended = false;
        for (const o of releases) {
          if (activeAt(o, end) && Date.parse(o.end) > end) {
            end = Date.parse(o.end);
            extended = true;
          }
        }
      }
      closes.push(end);
    }
    const end = closes.length > 0 ? Math.min(...closes) : undefined;
    nextAllowed = {
      start: new Date(opensAt).toISOString(),
      ...(end !== undefined && { end: new Date(end).toISOString() }),
      openNow: opensAt === atMs,
      ...(releaseWindow && { releaseWindow }),
    };
  }

  const active = occurrences.filter(o => activeAt(o, atMs));
  return {
    at,
    changeType,
    allowed: allowedAt(atMs),
    freezes: active.filter(o => o.kind === 'freeze' && applies(o)),
    exemptFreezes: active.filter(o => o.kind === 'freeze' && !applies(o)),
    releaseWindows: active.filter(o => o.kind === 'release'),
    releaseWindowRequired,
    ...(nextAllowed && { nextAllowed }),
  };
}
