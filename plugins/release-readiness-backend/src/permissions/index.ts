export { GatePermissions } from './GatePermissions';
export { gateResourceRef } from './gateResourceRef';
export type { GateResource, GateQuery } from './gateResourceRef';
export { isEnvironmentRule } from './isEnvironmentRule';
export { isGateRule } from './isGateRule';
export { isSystemRule } from './isSystemRule';
export {
  releaseReadinessGateConditions,
  createReleaseReadinessGateConditionalDecision,
} from './releaseReadinessGateConditions';
export { EnvironmentPermissions } from './EnvironmentPermissions';
export { environmentResourceRef } from './environmentResourceRef';
export type {
  EnvironmentResource,
  EnvironmentQuery,
} from './environmentResourceRef';
export {
  releaseReadinessEnvironmentConditions,
  createReleaseReadinessEnvironmentConditionalDecision,
} from './environmentRules';
