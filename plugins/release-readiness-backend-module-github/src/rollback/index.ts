export { createGithubActionsRollbackStrategyFactory } from './createGithubActionsRollbackStrategyFactory';
export { GithubActionsRollbackStrategy } from './GithubActionsRollbackStrategy';
export type { GithubActionsRollbackStrategyOptions } from './GithubActionsRollbackStrategy';
export type {
  GithubActionsConfig,
  GithubVersionsSource,
} from './GithubActionsConfig';
export { INPUT_PLACEHOLDERS } from './INPUT_PLACEHOLDERS';
export type { InputPlaceholder } from './INPUT_PLACEHOLDERS';
