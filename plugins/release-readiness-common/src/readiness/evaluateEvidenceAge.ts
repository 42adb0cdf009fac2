import { Duration } from 'luxon';
import type { LastSuccess, Sourced } from './inputTypes';
import type { EvidenceAgeRule } from './policyTypes';
import type { ReadinessItem } from './resultTypes';
import { formatSpan } from './formatting';
import { unavailableItem } from './unavailableItem';

const WHAT = {
  'backup-age': { noun: 'backup', source: 'backups' },
  'restore-test-age': { noun: 'restore test', source: 'restore-tests' },
} as const;

/**
 * Judges "the last successful backup (or restore test) is younger than `maxAge`", measured at
 * `now` (the time the data was read). Without a source, or without a success time, the rule is
 * `unknown`.
 *
 * @public
 */
export function evaluateEvidenceAge(
  rule: EvidenceAgeRule,
  input: Sourced<LastSuccess> | undefined,
  now: string,
): ReadinessItem {
  const what = WHAT[rule.type];
  const base = {
    id: rule.id,
    kind: rule.type,
    title: rule.title,
    enforcement: rule.enforcement,
  };
  if (!input?.value) {
    return unavailableItem(base, input, {
      sourceName: what.source,
      reason: `No ${what.noun} source is connected for this environment: the last ${what.noun} time is unknown`,
    });
  }
  const maxAgeMs = Duration.fromISO(rule.maxAge).as('milliseconds');
  const last = input.value.lastSuccessAt;
  if (!last || Number.isNaN(Date.parse(last))) {
    return {
      ...base,
      status: 'unknown',
      reason: `${input.source.name} reports no successful ${what.noun} time`,
      evidence: [],
      source: input.source,
    };
  }
  const ageMs = Math.max(0, Date.parse(now) - Date.parse(last));
  const evidence = [
    {
      label: `Last successful ${what.noun}`,
      value: `${formatSpan(ageMs)} ago`,
      at: last,
      ...(input.value.url && { url: input.value.url }),
    },
  ];
  const ok = ageMs <= maxAgeMs;
  return {
    ...base,
    status: ok ? 'pass' : 'fail',
    reason: `Last successful ${what.noun} ${formatSpan(
      ageMs,
    )} ago (limit ${formatSpan(maxAgeMs)})`,
    evidence: evidence.map(e => ({ ...e, status: ok ? 'pass' : 'fail' })),
    source: input.source,
  };
}
