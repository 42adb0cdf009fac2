import type { OpenIncident, OpenIncidents, Sourced } from './inputTypes';
import type { IncidentFreeRule } from './policyTypes';
import type { ReadinessEvidence, ReadinessItem } from './resultTypes';
import { unavailableItem } from './unavailableItem';

function evidenceOf(
  incident: OpenIncident,
  status: ReadinessEvidence['status'],
): ReadinessEvidence {
  return {
    label: `${incident.severity ?? 'unmapped severity'}: ${incident.title}`,
    value: [incident.status, incident.service].filter(Boolean).join(', '),
    status,
    at: incident.createdAt,
    ...(incident.url && { url: incident.url }),
  };
}

/**
 * Judges "no open incident of these severities". Without an incident source the answer is
 * `unknown`, never "no incidents"; an incomplete (truncated) incident list, or an open incident
 * whose severity does not map, makes it `unknown` too, unless a blocking incident among those read
 * already fails it.
 *
 * @public
 */
export function evaluateIncidentFree(
  rule: IncidentFreeRule,
  input: Sourced<OpenIncidents> | undefined,
): ReadinessItem {
  const base = {
    id: rule.id,
    kind: 'incident-free' as const,
    title: rule.title,
    enforcement: rule.enforcement,
  };
  if (!input?.value) {
    return unavailableItem(base, input, {
      sourceName: 'incidents',
      reason:
        'No incident source is configured for this environment: open incidents are unknown',
    });
  }
  const severities = rule.severities.join('/');
  const { incidents } = input.value;
  const blocking = incidents.filter(
    i => i.severity && rule.severities.includes(i.severity),
  );
  const unmapped = incidents.filter(i => !i.severity);
  const others = incidents.filter(
    i => i.severity && !rule.severities.includes(i.severity),
  );
  const evidence = [
    ...blocking.map(i => evidenceOf(i, 'fail')),
    ...unmapped.map(i => evidenceOf(i, 'unknown')),
    ...others.map(i => evidenceOf(i, 'pass')),
  ];
  if (blocking.length > 0) {
    return {
      ...base,
      status: 'fail',
      reason: `${blocking.length} open ${severities} incident${
        blocking.length === 1 ? '' : 's'
      }: ${blocking.map(i => i.title).join('; ')}`,
      evidence,
      source: input.source,
    };
  }
  if (input.value.truncated) {
    return {
      ...base,
      status: 'unknown',
      reason: `The incident list is incomplete: ${input.source.name} could not read every open incident (${incidents.length} read, none ${severities}), so a ${severities} incident may be among the rest`,
      evidence,
      source: input.source,
    };
  }
  if (unmapped.length > 0) {
    return {
      ...base,
      status: 'unknown',
      reason: `${unmapped.length} open incident${
        unmapped.length === 1 ? ' has' : 's have'
      } a severity that does not map to P0–P3`,
      evidence,
      source: input.source,
    };
  }
  return {
    ...base,
    status: 'pass',
    reason:
      others.length > 0
        ? `No open ${severities} incident (${others.length} of lower severity open)`
        : `No open ${severities} incident`,
    evidence,
    source: input.source,
  };
}
