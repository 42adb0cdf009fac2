/**
 * A local GitHub REST API test server (Actions workflows, dispatches, runs, releases, tags) for
 * tests of the `github-actions` rollback strategy and of anything that uses it.
 *
 * @packageDocumentation
 */

export { GithubActionsTestServer } from './GithubActionsTestServer';
export type {
  GithubActionsTestServerOptions,
  GithubRecordedRequest,
  TestRelease,
  TestRunBehaviour,
  TestWorkflow,
  TestWorkflowInput,
  TestWorkflowRun,
} from './types';
