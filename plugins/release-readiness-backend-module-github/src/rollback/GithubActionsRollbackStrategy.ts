import { ConflictError } from '@backstage/errors';
import type { GithubCredentialsProvider } from '@backstage/integration';
import type { WorkloadRevision } from '@release-readiness/plugin-release-readiness-common';
import {
  RollbackExecution,
  RollbackPlan,
  RollbackProgress,
  RollbackStrategy,
  RollbackTarget,
  SourceCallOptions,
  SourceUnavailableError,
} from '@release-readiness/plugin-release-readiness-node';
import { Octokit } from '@octokit/rest';
import { toSourceError } from '../github/toSourceError';
import { checkRef } from './checkRef';
import { checkWorkflow } from './checkWorkflow';
import { dispatchWorkflow } from './dispatchWorkflow';
import type { GithubActionsConfig } from './GithubActionsConfig';
import { listVersionRevisions } from './listVersionRevisions';
import { planGithubRollback } from './planGithubRollback';
import { renderInputs } from './renderInputs';
import { runProgress } from './runProgress';
import type { VersionRevision } from './VersionRevision';

const READ_ACTIONS = 'read access to actions and contents';

/**
 * Where a {@link GithubActionsRollbackStrategy} dispatches.
 *
 * @public
 */
export interface GithubActionsRollbackStrategyOptions {
  /** The environment's key, for the `{environment}` placeholder. */
  environment: string;
  config: GithubActionsConfig;
  /** How messages name the block, e.g. `environments.prod.rollback.githubActions`. */
  keyPrefix: string;
  /** REST API base URL of the host, e.g. `https://api.github.com`. */
  apiBaseUrl: string;
  credentials: GithubCredentialsProvider;
  /** How often and how far apart to look for a dispatched run. Default 6 looks, 2 s apart. */
  runLookup?: { attempts: number; delayMs: number };
  /** Clock, for rate-limit arithmetic and the run lookup. */
  now?: () => number;
}

/**
 * The `github-actions` rollback strategy: redeploys the previous release (or a chosen one)
 * through the environment's deploy workflow, the handbooks' way for Helm-managed releases.
 *
 * @remarks
 * Revisions are the repository's releases (or tags), newest first by version, `current` the one
 * the workload runs. A plan targets the newest older release that is not a prerelease, or the
 * chosen revision. Executing checks the plan still holds (the workload runs the version planned
 * from: else `ConflictError`), that the workflow exists and is active; a dry run also checks the
 * ref and dispatches nothing. A real run dispatches the workflow with the templated inputs and
 * finds the run it started (GitHub's `return_run_details`, else by listing the workflow's runs);
 * `progress` follows it to its conclusion. The token comes from `integrations.github`; messages
 * are our own and never carry GitHub's answer or a credential.
 *
 * @public
 */
export class GithubActionsRollbackStrategy implements RollbackStrategy {
  readonly name: string;
  readonly #options: GithubActionsRollbackStrategyOptions;
  readonly #now: () => number;
  readonly #workflow: string;

  constructor(options: GithubActionsRollbackStrategyOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
    const { host, repository, workflow } = options.config;
    this.name = `github-actions:${host}/${repository}/${workflow}`;
    this.#workflow = `${workflow} of ${repository}`;
  }

  async revisions(
    target: RollbackTarget,
    { signal }: SourceCallOptions,
  ): Promise<WorkloadRevision[]> {
    return (await this.#revisions(target, signal)).map(r => r.revision);
  }

  async plan(
    target: RollbackTarget,
    options: SourceCallOptions & { toRevision?: number },
  ): Promise<RollbackPlan> {
    const { config } = this.#options;
    return planGithubRollback({
      target,
      revisions: await this.#revisions(target, options.signal),
      toRevision: options.toRevision,
      repository: config.repository,
      workflow: config.workflow,
      ref: config.ref,
    });
  }

  async execute(
    target: RollbackTarget,
    plan: Extract<RollbackPlan, { kind: 'ready' }>,
    options: SourceCallOptions & {
      dryRun: boolean;
      reason: string;
      actor: string;
    },
  ): Promise<RollbackExecution> {
    const { config, keyPrefix } = this.#options;
    const { signal } = options;
    const p = plan.precondition;
    const workload = `${target.kind} ${target.name}`;
    if (
      p.repository !== config.repository ||
      p.workflow !== config.workflow ||
      p.ref !== config.ref
    ) {
      throw new ConflictError(
        `The plan was made for another pipeline than ${this.#workflow} on ${
          config.ref
        }: look again`,
      );
    }
    if (target.version !== p.fromVersion) {
      throw new ConflictError(
        `${workload} runs ${target.version ?? 'no known version'} now, not ${
          p.fromVersion
        } as planned: look again`,
      );
    }
    const inputs = renderInputs(config.inputs, {
      version: String(p.toVersion),
      tag: String(p.toTag),
      environment: this.#options.environment,
      workload: target.name,
      actor: options.actor,
    });
    const octokit = await this.#octokit(signal);
    const check = {
      octokit,
      config,
      keyPrefix,
      workflowName: this.#workflow,
      now: this.#now,
      signal,
    };
    await checkWorkflow(check);
    const move = `roll ${workload} back from ${p.fromVersion} to ${p.toVersion}`;
    const sent =
      Object.entries(inputs)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ') || 'no inputs';
    if (options.dryRun) {
      await checkRef(check);
      return {
        outcome: 'dry-run',
        message: `Dry run: would dispatch ${this.#workflow} on ${
          config.ref
        } with ${sent} to ${move}; the workflow and the ref exist, nothing was dispatched`,
        diff: plan.diff,
      };
    }
    const lookup = await dispatchWorkflow({
      octokit,
      config,
      inputs,
      keyPrefix,
      workflowName: this.#workflow,
      runLookup: this.#options.runLookup ?? { attempts: 6, delayMs: 2000 },
      now: this.#now,
      signal,
    });
    const dispatched = `Dispatched ${this.#workflow} on ${
      config.ref
    } with ${sent} to ${move}`;
    switch (lookup.kind) {
      case 'found':
        return {
          outcome: 'written',
          message: `${dispatched}: run ${lookup.run.id}`,
          diff: plan.diff,
          run: {
            id: String(lookup.run.id),
            ...(lookup.run.url && { url: lookup.run.url }),
          },
        };
      case 'ambiguous':
        return {
          outcome: 'written',
          message: `${dispatched}, but ${lookup.count} runs of it started at the same time and which is this rollback's cannot be told; follow them in GitHub`,
          diff: plan.diff,
        };
      case 'not-found':
        return {
          outcome: 'written',
          message: `${dispatched}, but no new run appeared in ${lookup.attempts} looks; see the workflow's runs in GitHub`,
          diff: plan.diff,
        };
      default:
        return {
          outcome: 'written',
          message: `${dispatched}; stopped looking for its run (the call was aborted)`,
          diff: plan.diff,
        };
    }
  }

  async progress(
    execution: RollbackExecution,
    { signal }: SourceCallOptions,
  ): Promise<RollbackProgress> {
    const id = execution.run?.id;
    if (!id || !/^\d{1,20}$/.test(id)) {
      return {
        done: true,
        succeeded: false,
        message: `No run of ${
          this.#workflow
        } to follow, so its conclusion is unknown: ${execution.message}`,
      };
    }
    const { owner, repo } = this.#options.config;
    const octokit = await this.#octokit(signal);
    try {
      const { data } = await octokit.rest.actions.getWorkflowRun({
        owner,
        repo,
        run_id: Number(id),
        request: { signal },
      });
      return runProgress(data, this.#workflow);
    } catch (error) {
      throw toSourceError(
        error,
        `run ${id} of ${this.#workflow}`,
        this.#now,
        READ_ACTIONS,
      );
    }
  }

  async #revisions(
    target: RollbackTarget,
    signal: AbortSignal,
  ): Promise<VersionRevision[]> {
    const { owner, repo, repository, versions } = this.#options.config;
    const octokit = await this.#octokit(signal);
    try {
      return await listVersionRevisions({
        octokit,
        owner,
        repo,
        versions,
        target,
        signal,
      });
    } catch (error) {
      throw toSourceError(
        error,
        `the ${versions} of ${repository}`,
        this.#now,
        READ_ACTIONS,
      );
    }
  }

  async #octokit(signal: AbortSignal): Promise<Octokit> {
    const { host, owner, repo } = this.#options.config;
    const { token } = await this.#options.credentials.getCredentials({
      url: `https://${host}/${owner}/${repo}`,
    });
    if (!token) {
      throw new SourceUnavailableError(
        'UNAUTHORIZED',
        `No GitHub credentials for ${host}/${owner}; configure integrations.github`,
      );
    }
    return new Octokit({
      baseUrl: this.#options.apiBaseUrl,
      auth: token,
      request: { signal },
      log: { debug() {}, info() {}, warn() {}, error() {} },
    });
  }
}
