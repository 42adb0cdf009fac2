import { createConditionExports } from '@backstage/plugin-permission-node';
import { gateResourceRef } from './gateResourceRef';
import { isEnvironmentRule } from './isEnvironmentRule';
import { isGateRule } from './isGateRule';
import { isSystemRule } from './isSystemRule';

/** The rules of the `release-readiness-gate` resource type, by name in conditions. */
export const gateRules = {
  isSystem: isSystemRule,
  isEnvironment: isEnvironmentRule,
  isGate: isGateRule,
};

const exported = createConditionExports({
  resourceRef: gateResourceRef,
  rules: gateRules,
});

/**
 * Conditions for a permission policy on `release-readiness.gate.set`, e.g.
 * `releaseReadinessGateConditions.isEnvironment({ environments: ['dev', 'stage'] })`.
 *
 * @public
 */
export const releaseReadinessGateConditions = exported.conditions;

/**
 * Builds a conditional decision for `release-readiness.gate.set` in a permission policy.
 *
 * @example
 * ```ts
 * if (isPermission(request.permission, releaseReadinessGateSetPermission)) {
 *   return createReleaseReadinessGateConditionalDecision(
 *     request.permission,
 *     releaseReadinessGateConditions.isEnvironment({ environments: ['dev', 'stage'] }),
 *   );
 * }
 * ```
 *
 * @public
 */
export const createReleaseReadinessGateConditionalDecision =
  exported.createConditionalDecision;
