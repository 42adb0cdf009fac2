export { releaseReadinessPlugin as default } from './plugin';
export {
  gateResourceRef,
  isEnvironmentRule,
  isGateRule,
  isSystemRule,
  releaseReadinessGateConditions,
  createReleaseReadinessGateConditionalDecision,
  environmentResourceRef,
  releaseReadinessEnvironmentConditions,
  createReleaseReadinessEnvironmentConditionalDecision,
} from './permissions';
export type {
  GateResource,
  GateQuery,
  EnvironmentResource,
  EnvironmentQuery,
} from './permissions';
