import type { RollbackVerification } from '@release-readiness/plugin-release-readiness-common';

/**
 * One line about a rollback's verification: its status and each check, e.g. `passed: rollout:
 * pass (deployment "servanda-api" successfully rolled out); ready replicas: pass (3 of 3
 * replicas ready)`.
 */
export function describeVerification(
  verification: RollbackVerification,
): string {
  const checks = verification.checks.map(
    check => `${check.name}: ${check.status} (${check.detail})`,
  );
  return checks.length > 0
    ? `${verification.status}: ${checks.join('; ')}`
    : verification.status;
}
