import { RunState, runToJson } from './runToJson';
import type {
  GithubActionsTestServerOptions,
  TestWorkflow,
  TestWorkflowRun,
} from './types';

/**
 * What the test server's repository holds: its workflows, refs, releases and runs, and how a
 * run's status moves on.
 */
export class TestRepository {
  readonly options: GithubActionsTestServerOptions;
  readonly runs: TestWorkflowRun[] = [];
  readonly apiUrl: string;

  constructor(options: GithubActionsTestServerOptions, apiUrl: string) {
    this.options = options;
    this.apiUrl = apiUrl;
  }

  get name(): string {
    return this.options.repository;
  }

  /** Whether `owner/repo` of a path is this repository (GitHub ignores case). */
  is(owner: string, repo: string): boolean {
    return (
      `${owner}/${repo}`.toLowerCase() === this.options.repository.toLowerCase()
    );
  }

  /** The workflow a path names, by id or file name. */
  workflow(idOrFile: string): TestWorkflow | undefined {
    return this.options.workflows.find(
      w => String(w.id) === idOrFile || w.path.split('/').pop() === idOrFile,
    );
  }

  /** Branches and tags that exist. */
  refs(): string[] {
    return [
      ...(this.options.refs ?? ['main']),
      ...(this.options.releases ?? []).map(r => r.tag),
      ...(this.options.tags ?? []),
    ];
  }

  createRun(run: {
    workflowId: number;
    ref: string;
    inputs: Record<string, string>;
    event: string;
    createdAt?: Date;
    external?: boolean;
  }): TestWorkflowRun {
    const number = this.runs.length + 1;
    const created: TestWorkflowRun = {
      id: 30_433_642 + number * 7,
      runNumber: number,
      workflowId: run.workflowId,
      event: run.event,
      headBranch: run.ref,
      inputs: run.inputs,
      createdAt: run.createdAt ?? new Date(),
      polls: 0,
      hiddenFor: run.external ? 0 : this.options.runs?.hiddenForListCalls ?? 1,
      conclusion: this.options.runs?.conclusion ?? 'success',
      cancelled: false,
      external: run.external ?? false,
    };
    this.runs.push(created);
    return created;
  }

  /** Where a run stands now (`queued` → `in_progress` → `completed`, or cancelled). */
  state(run: TestWorkflowRun): RunState {
    if (run.cancelled) {
      return { status: 'completed', conclusion: 'cancelled' };
    }
    const behaviour = this.options.runs ?? {};
    const queued = behaviour.queued ?? 1;
    const inProgress = behaviour.inProgress ?? 1;
    // polls: the first `queued` looks see it queued, the next `inProgress` in progress
    const [elapsed, queuedUntil] =
      behaviour.unit === 'ms'
        ? [Date.now() - run.createdAt.getTime(), queued - 1]
        : [run.polls, queued];
    if (elapsed <= queuedUntil) {
      return { status: 'queued', conclusion: null };
    }
    if (elapsed <= queuedUntil + inProgress) {
      return { status: 'in_progress', conclusion: null };
    }
    return { status: 'completed', conclusion: run.conclusion };
  }

  runJson(run: TestWorkflowRun) {
    const workflow = this.options.workflows.find(w => w.id === run.workflowId);
    if (!workflow) {
      throw new Error(`test run ${run.id} has no workflow`);
    }
    return runToJson(run, this.state(run), {
      workflow,
      repository: this.options.repository,
      apiUrl: this.apiUrl,
      webUrl: 'https://github.com',
    });
  }
}
