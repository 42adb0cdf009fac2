import type {
  GateCheckResult,
  GateCheckState,
} from '@release-readiness/plugin-release-readiness-common';

const RANK: Record<GateCheckState, number> = {
  failed: 3,
  pending: 2,
  skipped: 1,
  passed: 0,
};

/**
 * One result per check name and producer, sorted by name, then producer. Results of the same
 * name from different producers (two GitHub Apps, a check run and a commit status) stay apart,
 * so that a gate can pin a check to its producer; within one producer a failure wins over
 * pending, pending over skipped and skipped over passed.
 */
export function mergeGateChecks(checks: GateCheckResult[]): GateCheckResult[] {
  const byKey = new Map<string, GateCheckResult>();
  for (const check of checks) {
    const key = JSON.stringify([check.name, check.producer ?? '']);
    const seen = byKey.get(key);
    if (!seen || RANK[check.state] > RANK[seen.state]) {
      byKey.set(key, check);
    }
  }
  return [...byKey.values()].sort(
    (a, b) =>
      a.name.localeCompare(b.name) ||
      (a.producer ?? '').localeCompare(b.producer ?? ''),
  );
}
