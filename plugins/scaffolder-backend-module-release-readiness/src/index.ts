/**
 * The release-readiness module for `@backstage/plugin-scaffolder-backend`: the go/no-go actions
 * `release-readiness:go-no-go:request`, `release-readiness:go-no-go:vote` and
 * `release-readiness:go-no-go:waive`, and the rollback action `release-readiness:rollback`.
 *
 * @packageDocumentation
 */

export { scaffolderModuleReleaseReadiness as default } from './module';
export {
  createGoNoGoRequestAction,
  GO_NO_GO_REQUEST_ACTION_ID,
} from './actions/createGoNoGoRequestAction';
export {
  createGoNoGoVoteAction,
  GO_NO_GO_VOTE_ACTION_ID,
} from './actions/createGoNoGoVoteAction';
export {
  createGoNoGoWaiveAction,
  GO_NO_GO_WAIVE_ACTION_ID,
} from './actions/createGoNoGoWaiveAction';
export { DecisionsClient } from './client/DecisionsClient';
export type {
  DecisionCallOptions,
  DecisionWriteResult,
} from './client/DecisionsClient';
export { readDecisionLinks } from './config/readDecisionLinks';
export type { DecisionLink } from './config/readDecisionLinks';
export {
  createRollbackAction,
  ROLLBACK_ACTION_ID,
} from './actions/createRollbackAction';
export { RollbackError } from './actions/RollbackError';
export type { RollbackWaitOptions } from './actions/waitForRollback';
export { RollbacksClient } from './client/RollbacksClient';
export type {
  RollbackWriteResult,
  WorkloadRollout,
  WorkloadRolloutResult,
} from './client/RollbacksClient';
export type { ReleaseReadinessCallOptions } from './client/callReleaseReadiness';
export { readRollbackLinks } from './config/readRollbackLinks';
export type { RollbackLink } from './config/readRollbackLinks';
