import { Duration } from 'luxon';
import type { GateCheckResult, GateCheckState } from './inputTypes';
import type { GateDefinition } from './policyTypes';

/**
 * What one check of a gate counts as, and why.
 *
 * - `passed`: it proves the check.
 * - `failed`: it ran and failed.
 * - `pending`: nothing that counts was reported (not run, not run for this release, expired).
 * - `skipped`: it ran but concluded neither success nor failure, and the gate does not accept
 *   that conclusion.
 */
export interface SelectedGateCheck {
  state: GateCheckState;
  /** The result the state comes from; absent when nothing counts. */
  result?: GateCheckResult;
  /** Why a reported result does not count, e.g. "set for v1.4.1, not for v1.4.2". */
  note?: string;
}

const WORST_FIRST: Record<GateCheckState, number> = {
  failed: 3,
  pending: 2,
  skipped: 1,
  passed: 0,
};

/** Does a result's producer match a gate's pin (`app:<slug>`, `status` or `status:<creator>`)? */
function producedBy(result: GateCheckResult, pin: string): boolean {
  if (pin === 'status') {
    return (
      result.producer === 'status' || !!result.producer?.startsWith('status:')
    );
  }
  return result.producer === pin;
}

/**
 * Picks what one check of a gate counts as from every result reported under its name.
 *
 * @remarks
 * Pure. Results count only when they come from the pinned producer (if the gate pins one), were
 * set for the release being judged (manual gates: `result.ref` must equal `release`; without a
 * known release nothing counts; the newest such result is the current one), and are younger than the gate's `maxAge` at `now`. Of several
 * counting results (e.g. two GitHub Apps reporting the same name) the worst wins, so another
 * producer can fail a check but never pass one that failed. A `skipped` result counts as passed
 * only when the gate lists its conclusion in `acceptConclusions`.
 */
export function selectGateCheck(
  gate: GateDefinition,
  name: string,
  results: GateCheckResult[],
  context: { release?: string; now?: string },
): SelectedGateCheck {
  const pin = gate.producers[name];
  let candidates = results.filter(
    r => r.name === name && (r.gate === undefined || r.gate === gate.id),
  );
  if (candidates.length === 0) {
    return gate.source === 'manual' && context.release
      ? { state: 'pending', note: `not set for ${context.release}` }
      : { state: 'pending' };
  }
  if (pin) {
    const pinned = candidates.filter(r => producedBy(r, pin));
    if (pinned.length === 0) {
      return {
        state: 'pending',
        note: `reported only by ${listProducers(candidates)}, not by ${pin}`,
      };
    }
    candidates = pinned;
  }
  if (gate.source === 'manual') {
    if (context.release === undefined) {
      return { state: 'pending', note: 'the release being judged is unknown' };
    }
    const forRelease = candidates.filter(r => r.ref === context.release);
    if (forRelease.length === 0) {
      const refs = [...new Set(candidates.map(r => r.ref ?? 'no release'))];
      return {
        state: 'pending',
        note: `set for ${refs.join(', ')}, not for ${context.release}`,
      };
    }
    // A manual result replaces the earlier ones: the newest for the release is the current one.
    candidates = [newest(forRelease)];
  }
  if (gate.maxAge && context.now) {
    const maxAgeMs = Duration.fromISO(gate.maxAge).as('milliseconds');
    const nowMs = Date.parse(context.now);
    const fresh = candidates.filter(
      r => r.at !== undefined && nowMs - Date.parse(r.at) <= maxAgeMs,
    );
    if (fresh.length === 0) {
      return {
        state: 'pending',
        result: newest(candidates),
        note: `older than ${gate.maxAge}: it must be run or set again`,
      };
    }
    candidates = fresh;
  }
  const worst = candidates.reduce((a, b) =>
    WORST_FIRST[b.state] > WORST_FIRST[a.state] ? b : a,
  );
  if (
    worst.state === 'skipped' &&
    worst.conclusion !== undefined &&
    gate.acceptConclusions.includes(worst.conclusion)
  ) {
    return { state: 'passed', result: worst };
  }
  return { state: worst.state, result: worst };
}

function newest(results: GateCheckResult[]): GateCheckResult {
  return results.reduce((a, b) =>
    Date.parse(b.at ?? '') > Date.parse(a.at ?? '') ? b : a,
  );
}

function listProducers(results: GateCheckResult[]): string {
  return [
    ...new Set(results.map(r => r.producer ?? 'an unnamed producer')),
  ].join(', ');
}
