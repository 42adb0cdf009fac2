/**
 * Where versions to roll back to come from: the repository's releases (drafts left out) or its
 * tags.
 *
 * @public
 */
export type GithubVersionsSource = 'releases' | 'tags';

/**
 * The `rollback.githubActions` block, read and checked.
 *
 * @public
 */
export interface GithubActionsConfig {
  /** `owner/repo`. */
  repository: string;
  owner: string;
  repo: string;
  /** Web host with an `integrations.github` entry, e.g. `github.com`. */
  host: string;
  /** The workflow's file name (`deploy.yml`) or numeric id, as a string. */
  workflow: string;
  /** The ref the workflow runs on. */
  ref: string;
  /** Input id → value template (`{version}`, `{tag}`, `{environment}`, `{workload}`, `{actor}`). */
  inputs: Record<string, string>;
  versions: GithubVersionsSource;
}
