import type { IncomingHttpHeaders } from 'node:http';

/**
 * One `workflow_dispatch` input a test workflow declares (`on.workflow_dispatch.inputs.<id>`).
 *
 * @public
 */
export interface TestWorkflowInput {
  required?: boolean;
  /** `choice` inputs refuse values outside `options`, as GitHub does. */
  type?: 'string' | 'choice' | 'boolean' | 'environment' | 'number';
  options?: string[];
}

/**
 * A workflow of the test repository.
 *
 * @public
 */
export interface TestWorkflow {
  id: number;
  /** e.g. `.github/workflows/deploy.yml`; the file name also addresses the workflow. */
  path: string;
  name: string;
  /** Default `active`. */
  state?:
    | 'active'
    | 'disabled_manually'
    | 'disabled_inactivity'
    | 'deleted'
    | 'disabled_fork';
  /**
   * The inputs of its `workflow_dispatch` trigger; absent when the workflow has no
   * `workflow_dispatch` trigger (a dispatch is then refused with 422).
   */
  dispatchInputs?: Record<string, TestWorkflowInput>;
}

/**
 * A release of the test repository.
 *
 * @public
 */
export interface TestRelease {
  tag: string;
  name?: string;
  draft?: boolean;
  prerelease?: boolean;
  /** ISO; default: derived from the release's position. */
  publishedAt?: string;
}

/**
 * How dispatched runs behave.
 *
 * @public
 */
export interface TestRunBehaviour {
  /** The conclusion once completed; default `success`. */
  conclusion?: string;
  /**
   * How long a run stays `queued`, then `in_progress`: counted in `GET /actions/runs/{id}` calls
   * of that run (`unit: 'polls'`, default) or in milliseconds since the dispatch (`unit: 'ms'`).
   * Default 1 and 1.
   */
  queued?: number;
  inProgress?: number;
  unit?: 'polls' | 'ms';
  /**
   * How many list-runs calls still miss a new run (GitHub creates it a little after the
   * dispatch's 204). Default 1.
   */
  hiddenForListCalls?: number;
}

/**
 * Options of {@link GithubActionsTestServer.start}.
 *
 * @public
 */
export interface GithubActionsTestServerOptions {
  /** The only token accepted (`authorization: token …` or `Bearer …`); others get 401. */
  token: string;
  /** `owner/repo` of the one repository; any other repository is 404. */
  repository: string;
  workflows: TestWorkflow[];
  /** Branches and tags a dispatch may name as `ref` (release tags are added). Default `[main]`. */
  refs?: string[];
  /** Newest first, as GitHub lists them. */
  releases?: TestRelease[];
  /** Tag names as `GET /tags` lists them; default the release tags. */
  tags?: string[];
  runs?: TestRunBehaviour;
  /**
   * Whether the dispatch endpoint knows `return_run_details` (github.com since 2026: then 200
   * with the run's id). When false it refuses the key with 400, as GitHub Enterprise Server 3.20
   * and earlier do. Default true.
   */
  supportsRunDetails?: boolean;
  /** `x-ratelimit-remaining` at start; every answered request uses one. Default 5000. */
  rateLimitRemaining?: number;
}

/**
 * A request the test server received, with its body.
 *
 * @public
 */
export interface GithubRecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body, when there was one. */
  body?: unknown;
  /** Resolves when the client closed the connection before an answer was sent. */
  aborted: Promise<void>;
}

/**
 * A workflow run the test server holds.
 *
 * @public
 */
export interface TestWorkflowRun {
  id: number;
  runNumber: number;
  workflowId: number;
  event: string;
  headBranch: string;
  inputs: Record<string, string>;
  createdAt: Date;
  /** `GET /actions/runs/{id}` calls so far. */
  polls: number;
  /** List calls that still miss it. */
  hiddenFor: number;
  conclusion: string;
  cancelled: boolean;
  /** Added with `addRun` (not dispatched through the server). */
  external: boolean;
}
