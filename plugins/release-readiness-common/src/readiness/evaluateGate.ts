import type { GateChecks, Sourced } from './inputTypes';
import type { GateDefinition } from './policyTypes';
import type { ReadinessEvidence, ReadinessItem } from './resultTypes';
import { listOf } from './formatting';
import { selectGateCheck, SelectedGateCheck } from './selectGateCheck';
import { unavailableItem } from './unavailableItem';

const EVIDENCE_STATUS = {
  passed: 'pass',
  failed: 'fail',
  pending: 'warn',
  skipped: 'warn',
} as const;

/**
 * What a gate is judged against besides its results.
 *
 * @public
 */
export interface GateContext {
  /**
   * The release (branch, tag or commit) being judged. Manual results count only when they were
   * set for it; without it a manual gate cannot pass.
   */
  release?: string;
  /** When the results were read (ISO), for the gate's `maxAge`. */
  now?: string;
}

function valueOf(selected: SelectedGateCheck): string {
  const { state, result, note } = selected;
  if (state === 'skipped') {
    return `skipped (${result?.conclusion ?? 'no conclusion'}), not accepted`;
  }
  if (state === 'passed' && result?.state === 'skipped') {
    return `passed (${result.conclusion}, accepted)`;
  }
  if (state === 'pending') {
    return result || note ? 'pending' : 'not reported';
  }
  return state;
}

function evidenceOf(
  name: string,
  selected: SelectedGateCheck,
): ReadinessEvidence {
  const { state, result, note } = selected;
  const detail = [result?.detail, note].filter(Boolean).join('; ');
  return {
    label: name,
    status: EVIDENCE_STATUS[state],
    value: valueOf(selected),
    ...(detail && { detail }),
    ...(result?.url && { url: result.url }),
    ...(result?.at && { at: result.at }),
  };
}

/**
 * Judges one gate: `pass` when at least `required` of its checks passed; otherwise `fail`,
 * naming the failed and the pending checks. Without readable results the gate is `unknown`.
 *
 * @remarks
 * Which result counts for a check is decided by `selectGateCheck`: a check the source does not
 * report, a result from another producer than the pinned one, a manual result set for another
 * release and a result older than the gate's `maxAge` all count as pending; a skipped (neutral)
 * check is not a passed one unless the gate accepts its conclusion.
 *
 * @public
 */
export function evaluateGate(
  gate: GateDefinition,
  input: Sourced<GateChecks> | undefined,
  context: GateContext = {},
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
  const results = input.value.checks;
  const selected = gate.checks.map(name => ({
    name,
    ...selectGateCheck(gate, name, results, context),
  }));
  const evidence = selected.map(s => evidenceOf(s.name, s));
  const named = (state: SelectedGateCheck['state']) =>
    selected.filter(s => s.state === state).map(s => s.name);
  const passed = named('passed').length;
  const failed = named('failed');
  const pending = named('pending');
  const skipped = named('skipped');
  const ref =
    input.value.ref ??
    (gate.source === 'manual' && context.release
      ? { name: context.release }
      : undefined);
  const gateInfo = {
    passed,
    required: gate.required,
    total: gate.checks.length,
    source: gate.source,
    ...(ref && { ref }),
  };
  if (gate.source === 'manual' && context.release === undefined) {
    return {
      ...base,
      status: 'unknown',
      reason:
        'Cannot tell which release is judged, so no manual result can count: name it with ?ref= or configure gates.runningRef',
      evidence,
      source: input.source,
      gate: gateInfo,
    };
  }
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
  const parts = [`${passed}/${gate.required} required checks passed`];
  if (failed.length > 0) {
    parts.push(`failed: ${listOf(failed)}`);
  }
  if (pending.length > 0) {
    parts.push(`pending: ${listOf(pending)}`);
  }
  if (skipped.length > 0) {
    parts.push(`skipped (not accepted): ${listOf(skipped)}`);
  }
  if (gate.source === 'manual' && context.release) {
    parts.push(`for ${context.release}`);
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
