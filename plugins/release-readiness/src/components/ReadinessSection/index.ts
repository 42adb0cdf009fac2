export { ReadinessSection } from './ReadinessSection';
export { StatusChip, VerdictChip } from './StatusChip';
