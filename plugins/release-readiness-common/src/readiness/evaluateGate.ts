import type { GateChecks, Sourced } from './inputTypes';
import type { GateDefinition } from './policyTypes';
import type { ReadinessEvidence, ReadinessItem } from './resultTypes';
import { listOf } from './formatting';
import { unavailableItem } from './unavailableItem';

const EVIDENCE_STATUS = {
  passed: 'pass',
  failed: 'fail',
  pending: 'warn',
} as const;

/**
 * Judges one gate: `pass` when at least `required` of its checks passed; otherwise `fail`,
 * naming the failed and the pending checks. A check the source does not report counts as
 * pending. Without readable results the gate is `unknown`.
 *
 * @public
 */
export function evaluateGate(
  gate: GateDefinition,
  input: Sourced<GateChecks> | undefined,
): ReadinessItem {
  const base = {
    id: gate.id,
    kind: 'gate' as const,
    title: gate.title,
    enforcement: gate.enforcement,
  };
  if (!input?.value) {
    return {
      ...unavailableItem(base, input, {
        sourceName: gate.source === 'ci' ? 'ci' : 'manual-gates',
        reason:
          gate.source === 'ci'
            ? 'No CI gate source is configured for this environment'
            : 'Manual gate results cannot be read',
      }),
      gate: {
        passed: 0,
        required: gate.required,
        total: gate.checks.length,
        source: gate.source,
      },
    };
  }
  const reported = new Map(
    input.value.checks
      .filter(c => c.gate === undefined || c.gate === gate.id)
      .map(c => [c.name, c]),
  );
  const evidence: ReadinessEvidence[] = gate.checks.map(name => {
    const check = reported.get(name);
    if (!check) {
      return { label: name, status: 'warn', value: 'not reported' };
    }
    return {
      label: name,
      status: EVIDENCE_STATUS[check.state],
      value: check.state,
      ...(check.detail && { detail: check.detail }),
      ...(check.url && { url: check.url }),
      ...(check.at && { at: check.at }),
    };
  });
  const named = (status: string) =>
    evidence.filter(e => e.status === status).map(e => e.label);
  const passed = named('pass').length;
  const failed = named('fail');
  const pending = named('warn');
  const counts = `${passed}/${gate.required} required checks passed`;
  const ref = input.value.ref;
  const gateInfo = {
    passed,
    required: gate.required,
    total: gate.checks.length,
    source: gate.source,
    ...(ref && { ref }),
  };
  if (passed >= gate.required) {
    return {
      ...base,
      status: 'pass',
      reason: `${passed}/${gate.checks.length} checks passed (${gate.required} required)`,
      evidence,
      source: input.source,
      gate: gateInfo,
    };
  }
  const parts = [counts];
  if (failed.length > 0) {
    parts.push(`failed: ${listOf(failed)}`);
  }
  if (pending.length > 0) {
    parts.push(`pending: ${listOf(pending)}`);
  }
  return {
    ...base,
    status: 'fail',
    reason: parts.join('; '),
    evidence,
    source: input.source,
    gate: gateInfo,
  };
}
