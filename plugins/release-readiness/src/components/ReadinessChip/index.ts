export { ReadinessChip } from './ReadinessChip';
