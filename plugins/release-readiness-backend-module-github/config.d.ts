/**
 * For `rollback.strategy: github-actions`: the deploy workflow that redeploys a release.
 * Credentials come from the `integrations.github` entry of `host` (a token or a GitHub App with
 * `actions: write`); a team's policy file may set only these keys.
 */
interface GithubActionsRollbackConfig {
  /** `owner/repository` whose releases (or tags) are the versions, and whose workflow deploys. */
  repository: string;
  /** GitHub host, default `github.com`; must have an `integrations.github` entry with credentials. */
  host?: string;
  /** The workflow's file name (e.g. `deploy.yml`) or numeric id. */
  workflow: string | number;
  /** The branch or tag the workflow runs on. Default `main`. */
  ref?: string;
  /**
   * The `workflow_dispatch` inputs: id → template with `{version}`, `{tag}`, `{environment}`,
   * `{workload}` and `{actor}`, e.g. `{ version: '{version}', environment: prod }`. No secrets:
   * the values are sent to the workflow and written to rollback records.
   */
  inputs?: { [input: string]: string };
  /** Where versions come from: `releases` (default; drafts left out) or `tags`. */
  versions?: 'releases' | 'tags';
}

interface GithubEnvironment {
  gates?: {
    /**
     * For `source: github`: check runs and commit statuses of a repository. Credentials come
     * from the `integrations.github` entry of `host` (a token or a GitHub App).
     */
    github?: {
      /** `owner/repository`, e.g. `servanda/servanda`. */
      repository: string;
      /** GitHub host, default `github.com`; must have an `integrations.github` entry. */
      host?: string;
      /**
       * The branch, tag or commit checked when a request names no `ref`, e.g. `main` for
       * dev or the release tag for stage. Default `main`.
       */
      ref?: string;
    };
  };
  rollback?: {
    githubActions?: GithubActionsRollbackConfig;
    workloads?: {
      [workload: string]: { githubActions?: GithubActionsRollbackConfig };
    };
  };
}

export interface Config {
  releaseReadiness?: {
    environments?: {
      [name: string]: GithubEnvironment;
    };
    systems?: {
      [system: string]: {
        environments?: {
          [name: string]: GithubEnvironment;
        };
      };
    };
  };
}
