export { WorkloadsTable } from './WorkloadsTable';
export { RolloutStatusChip } from './RolloutStatusChip';
