/**
 * The release-readiness module for @backstage/plugin-scaffolder-backend: the go/no-go actions
 * `release-readiness:go-no-go:request`, `release-readiness:go-no-go:vote` and
 * `release-readiness:go-no-go:waive`.
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
