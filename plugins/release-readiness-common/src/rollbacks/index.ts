export type {
  RevisionsResponse,
  RollbackDiff,
  RollbackOutcome,
  RollbackRecord,
  RollbackRequest,
  RollbackVerification,
  WorkloadRevision,
} from './types';
export {
  rollbackFreezeCheck,
  ROLLBACK_CHANGE_TYPE,
} from './rollbackFreezeCheck';
export type { RollbackFreezeRule } from './rollbackFreezeCheck';
export { managedRollbackRefusal } from './managedRollbackRefusal';
export { judgeRollbackVerification } from './judgeRollbackVerification';
