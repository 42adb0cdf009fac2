import type { CalendarOccurrence, ChangeWindowStatus } from '../calendar';
import type { ChangeWindowRule } from './policyTypes';
import type { ReadinessEvidence, ReadinessItem } from './resultTypes';
import { formatMoment, listOf } from './formatting';

function occurrenceEvidence(
  o: CalendarOccurrence,
  status: ReadinessEvidence['status'],
  note?: string,
): ReadinessEvidence {
  return {
    label: `${o.kind === 'freeze' ? 'Freeze' : 'Release window'}: ${o.title}`,
    value: `${formatMoment(o.start, o.timeZone)} – ${formatMoment(
      o.end,
      o.timeZone,
    )}${note ? ` (${note})` : ''}`,
    status,
    at: o.start,
  };
}

function nextText(status: ChangeWindowStatus, horizonDays: number): string {
  const next = status.nextAllowed;
  if (!next) {
    return `no allowed window opens in the next ${horizonDays} days`;
  }
  const zone = next.releaseWindow?.timeZone ?? 'UTC';
  const window = next.releaseWindow ? ` (${next.releaseWindow.title})` : '';
  return `next allowed from ${formatMoment(next.start, zone)}${window}`;
}

/**
 * Judges the change-window precondition from the calendar's answer for the moment: `fail` in an
 * applicable freeze or (when required) outside the release windows, with the time the next
 * allowed window opens; `warn` when a freeze is active but the change type is exempt.
 *
 * @public
 */
export function evaluateChangeWindowRule(
  rule: ChangeWindowRule,
  status: ChangeWindowStatus,
  horizonDays: number,
): ReadinessItem {
  const base = {
    id: rule.id,
    kind: 'change-window' as const,
    title: rule.title,
    enforcement: rule.enforcement,
    source: { name: 'calendar', status: 'ok' as const, fetchedAt: status.at },
  };
  const evidence: ReadinessEvidence[] = [
    ...status.freezes.map(o => occurrenceEvidence(o, 'fail')),
    ...status.exemptFreezes.map(o =>
      occurrenceEvidence(o, 'warn', `${status.changeType} is exempt`),
    ),
    ...status.releaseWindows.map(o => occurrenceEvidence(o, 'pass')),
  ];
  const next = status.nextAllowed;
  if (next && !next.openNow) {
    evidence.push({
      label: 'Next allowed window',
      value: `${formatMoment(next.start, next.releaseWindow?.timeZone)}${
        next.end
          ? ` – ${formatMoment(next.end, next.releaseWindow?.timeZone)}`
          : ''
      }`,
      status: 'pass',
      at: next.start,
    });
  }
  if (!status.allowed) {
    const problems: string[] = [];
    if (status.freezes.length > 0) {
      problems.push(
        listOf(
          status.freezes.map(
            o => `${o.title} until ${formatMoment(o.end, o.timeZone)}`,
          ),
        ),
      );
    }
    if (status.releaseWindowRequired && status.releaseWindows.length === 0) {
      problems.push(
        `outside the release windows${
          rule.outsideWindowApproval
            ? ` (only with ${rule.outsideWindowApproval})`
            : ''
        }`,
      );
    }
    return {
      ...base,
      status: 'fail',
      reason: `${problems.join('; ')}; ${nextText(status, horizonDays)}`,
      evidence,
    };
  }
  const until = next?.end
    ? ` until ${formatMoment(next.end, next.releaseWindow?.timeZone)}`
    : '';
  if (status.exemptFreezes.length > 0) {
    return {
      ...base,
      status: 'warn',
      reason: `${listOf(status.exemptFreezes.map(o => o.title))} applies, but ${
        status.changeType
      } changes are exempt`,
      evidence,
    };
  }
  const open = status.releaseWindows[0];
  return {
    ...base,
    status: 'pass',
    reason: open
      ? `Inside the ${open.title}${until}`
      : `No freeze applies${until}`,
    evidence,
  };
}
