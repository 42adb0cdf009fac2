import type { Octokit } from '@octokit/rest';
import type { GithubActionsConfig } from './GithubActionsConfig';

/** What the checks before a dispatch need. */
export interface WorkflowCheck {
  octokit: Octokit;
  config: GithubActionsConfig;
  /** How messages name the block, e.g. `environments.prod.rollback.githubActions`. */
  keyPrefix: string;
  /** e.g. `deploy.yml of servanda/servanda`. */
  workflowName: string;
  now: () => number;
  signal: AbortSignal;
}
