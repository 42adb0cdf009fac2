import type { RollbackPlan } from '@release-readiness/plugin-release-readiness-node';

/** The plan when it is ready; fails the test with the plan otherwise. */
export function readyPlan(
  plan: RollbackPlan,
): Extract<RollbackPlan, { kind: 'ready' }> {
  if (plan.kind !== 'ready') {
    throw new Error(`expected a ready plan, got ${JSON.stringify(plan)}`);
  }
  return plan;
}
