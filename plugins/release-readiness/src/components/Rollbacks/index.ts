export { RollbackButton } from './RollbackButton';
export { RollbackHistory } from './RollbackHistory';
export { RollbackOutcomeChip } from './RollbackOutcomeChip';
