import type { GithubCredentialsProvider } from '@backstage/integration';
import type { GateChecks } from '@release-readiness/plugin-release-readiness-common';
import {
  GateSource,
  SourceCallOptions,
  SourceUnavailableError,
} from '@release-readiness/plugin-release-readiness-node';
import { Octokit } from '@octokit/rest';
import { checkRunToGateCheck } from './checkRunToGateCheck';
import { commitStatusToGateCheck } from './commitStatusToGateCheck';
import { mergeGateChecks } from './mergeGateChecks';
import { rateLimitGroupOf } from './rateLimitGroupOf';
import { toSourceError } from './toSourceError';

/** Where a {@link GithubGateSource} reads from. */
export interface GithubGateSourceOptions {
  environment: string;
  /** Web host, e.g. `github.com`; picks the `integrations.github` entry and its credentials. */
  host: string;
  /** REST API base URL of that host, e.g. `https://api.github.com`. */
  apiBaseUrl: string;
  owner: string;
  repo: string;
  /** Checked when a request names no ref. */
  defaultRef: string;
  credentials: GithubCredentialsProvider;
  /**
   * What identifies the credential the integration uses, for the rate-limit group, e.g.
   * `apps:123:servanda` for a GitHub App installation. Never a token or key.
   */
  credentialIdentity?: string;
  /** Clock, for rate-limit arithmetic in tests. */
  now?: () => number;
}

/**
 * CI gates from GitHub: the check runs (`GET /repos/{owner}/{repo}/commits/{ref}/check-runs`,
 * latest per name) and the combined commit status (`GET /repos/{owner}/{repo}/commits/{ref}/status`)
 * of a branch, tag or commit, with the credentials of Backstage's GitHub integration (token or
 * GitHub App).
 */
export class GithubGateSource implements GateSource {
  readonly key: string;
  readonly name: string;
  readonly defaultRef: string;
  /**
   * Sources that share GitHub's rate limit: `github:<host>`, plus a short hash of the credential
   * identity when known. No credentials.
   */
  readonly rateLimitGroup: string;
  readonly #options: GithubGateSourceOptions;
  readonly #now: () => number;

  constructor(options: GithubGateSourceOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
    this.defaultRef = options.defaultRef;
    this.name = `github:${options.owner}/${options.repo}`;
    this.key = `github:${options.host}/${options.owner}/${options.repo}@${options.defaultRef}`;
    this.rateLimitGroup = rateLimitGroupOf(
      options.host,
      options.credentialIdentity,
    );
  }

  async getChecks(
    request: { ref?: string },
    { signal }: SourceCallOptions,
  ): Promise<GateChecks> {
    const { host, owner, repo } = this.#options;
    const ref = request.ref ?? this.defaultRef;
    const what = `${owner}/${repo}@${ref}`;
    const { token } = await this.#options.credentials.getCredentials({
      url: `https://${host}/${owner}/${repo}`,
    });
    if (!token) {
      throw new SourceUnavailableError(
        'UNAUTHORIZED',
        `No GitHub credentials for ${host}/${owner}; configure integrations.github`,
      );
    }
    const octokit = new Octokit({
      baseUrl: this.#options.apiBaseUrl,
      auth: token,
      request: { signal },
      log: { debug() {}, info() {}, warn() {}, error() {} },
    });
    try {
      const [runs, combined] = await Promise.all([
        octokit.paginate(octokit.rest.checks.listForRef, {
          owner,
          repo,
          ref,
          filter: 'latest',
          per_page: 100,
          request: { signal },
        }),
        octokit.rest.repos.getCombinedStatusForRef({
          owner,
          repo,
          ref,
          per_page: 100,
          request: { signal },
        }),
      ]);
      const sha = combined.data.sha;
      return {
        ref: {
          name: ref,
          ...(sha && {
            sha,
            url: `https://${host}/${owner}/${repo}/commit/${sha}`,
          }),
        },
        checks: mergeGateChecks([
          ...runs.map(checkRunToGateCheck),
          ...combined.data.statuses.map(commitStatusToGateCheck),
        ]),
      };
    } catch (error) {
      throw toSourceError(error, what, this.#now);
    }
  }
}
