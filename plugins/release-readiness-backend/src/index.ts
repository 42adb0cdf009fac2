export { releaseReadinessPlugin as default } from './plugin';
export {
  gateResourceRef,
  isEnvironmentRule,
  isGateRule,
  isSystemRule,
  releaseReadinessGateConditions,
  createReleaseReadinessGateConditionalDecision,
} from './permissions';
export type { GateResource, GateQuery } from './permissions';
