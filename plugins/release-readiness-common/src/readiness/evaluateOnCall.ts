import type { OnCallCoverageInput, Sourced } from './inputTypes';
import type { OnCallReachableRule } from './policyTypes';
import type { ReadinessEvidence, ReadinessItem } from './resultTypes';
import { formatMoment } from './formatting';
import { unavailableItem } from './unavailableItem';

/**
 * The time on-call must be covered for a change: from the change until its release window
 * closes, or for the rule's coverage period when no window bounds it.
 *
 * @public
 */
export interface OnCallPeriod {
  start: string;
  end: string;
  /** e.g. `the release window` or `the 2 h after the change`. */
  label: string;
}

/**
 * Judges "on-call reachable": a primary (and a backup, if required) at the time of the change
 * and no gap in the rota during the period the change needs. Without coverage data for the whole
 * period the rule is `unknown`, never met.
 *
 * @public
 */
export function evaluateOnCall(
  rule: OnCallReachableRule,
  input: Sourced<OnCallCoverageInput> | undefined,
  period: OnCallPeriod,
): ReadinessItem {
  const base = {
    id: rule.id,
    kind: 'oncall-reachable' as const,
    title: rule.title,
    enforcement: rule.enforcement,
  };
  if (!input?.value) {
    return unavailableItem(base, input, {
      sourceName: 'oncall',
      reason:
        'No on-call source is connected for this environment: reachability is unknown',
    });
  }
  const coverage = input.value;
  const start = Date.parse(period.start);
  const end = Date.parse(period.end);
  const covers =
    coverage.known &&
    Date.parse(coverage.range.start) <= start &&
    Date.parse(coverage.range.end) >= end;
  const names = (people: { displayName: string }[]) =>
    people.map(p => p.displayName).join(', ');
  const evidence: ReadinessEvidence[] = [
    {
      label: 'Primary',
      value: names(coverage.primary) || 'nobody',
      status: coverage.primary.length > 0 ? 'pass' : 'fail',
      at: coverage.range.start,
    },
    {
      label: 'Backup',
      value: names(coverage.backup) || 'nobody',
      status:
        coverage.backup.length > 0 || !rule.requireBackup ? 'pass' : 'fail',
      at: coverage.range.start,
    },
  ];
  if (!covers) {
    return {
      ...base,
      status: 'unknown',
      reason: `On-call data does not cover ${period.label} (${formatMoment(
        period.start,
      )} – ${formatMoment(period.end)})`,
      evidence,
      source: input.source,
    };
  }
  // Only the part of a gap inside the period matters (the data may reach further).
  const relevant = coverage.gaps
    .filter(
      g =>
        Date.parse(g.start) < end &&
        Date.parse(g.end) > start &&
        (g.missing.includes('primary') ||
          (rule.requireBackup && g.missing.includes('backup'))),
    )
    .map(g => ({
      ...g,
      start: new Date(Math.max(Date.parse(g.start), start)).toISOString(),
      end: new Date(Math.min(Date.parse(g.end), end)).toISOString(),
    }));
  for (const gap of relevant) {
    evidence.push({
      label: `Gap: no ${gap.missing.join(' and no ')}`,
      value: `${formatMoment(gap.start)} – ${formatMoment(gap.end)}`,
      status: 'fail',
      at: gap.start,
    });
  }
  const startsAtChange = Date.parse(coverage.range.start) === start;
  const missingNow =
    startsAtChange &&
    (coverage.primary.length === 0 ||
      (rule.requireBackup && coverage.backup.length === 0));
  if (relevant.length > 0 || missingNow) {
    const first = relevant[0];
    return {
      ...base,
      status: 'fail',
      reason: first
        ? `On-call gap during ${period.label}: no ${first.missing.join(
            ' and no ',
          )} from ${formatMoment(first.start)} to ${formatMoment(first.end)}`
        : `Nobody is on call as ${
            coverage.primary.length === 0 ? 'primary' : 'backup'
          } at ${formatMoment(period.start)}`,
      evidence,
      source: input.source,
    };
  }
  return {
    ...base,
    status: 'pass',
    reason: `Primary ${names(coverage.primary)}${
      coverage.backup.length > 0 ? `, backup ${names(coverage.backup)}` : ''
    }; no gap during ${period.label}`,
    evidence,
    source: input.source,
  };
}
