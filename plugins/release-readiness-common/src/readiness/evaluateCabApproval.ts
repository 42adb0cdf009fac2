import type { CabDecision, Sourced } from './inputTypes';
import type { CabApprovalRule, ChangeRisk } from './policyTypes';
import type { ReadinessItem } from './resultTypes';
import { listOf } from './formatting';
import { unavailableItem } from './unavailableItem';

/**
 * Judges "a change of this risk has CAB approval". Changes of other risks do not need it
 * (`pass`); for those that do, a missing decision source makes it `unknown`.
 *
 * @public
 */
export function evaluateCabApproval(
  rule: CabApprovalRule,
  input: Sourced<CabDecision> | undefined,
  risk: ChangeRisk,
): ReadinessItem {
  const base = {
    id: rule.id,
    kind: 'cab-approval' as const,
    title: rule.title,
    enforcement: rule.enforcement,
  };
  if (!rule.risks.includes(risk)) {
    return {
      ...base,
      status: 'pass',
      reason: `Not needed: CAB approval is required for ${listOf(
        rule.risks,
      )}-risk changes, this one is ${risk} risk`,
      evidence: [{ label: 'Change risk', value: risk }],
      source: { name: 'policy', status: 'ok' },
    };
  }
  if (!input?.value) {
    return unavailableItem(base, input, {
      sourceName: 'cab',
      reason: `A ${risk}-risk change needs CAB approval; no CAB decision source is connected, so it is unknown`,
    });
  }
  const decision = input.value;
  const evidence = [
    {
      label: 'CAB decision',
      value: decision.approved ? 'approved' : 'not approved',
      status: decision.approved ? ('pass' as const) : ('fail' as const),
      ...(decision.decidedAt && { at: decision.decidedAt }),
      ...(decision.url && { url: decision.url }),
    },
  ];
  return {
    ...base,
    status: decision.approved ? 'pass' : 'fail',
    reason: decision.approved
      ? 'The CAB approved this change'
      : `A ${risk}-risk change needs CAB approval, which it does not have`,
    evidence,
    source: input.source,
  };
}
