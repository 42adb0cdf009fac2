import type { Octokit } from '@octokit/rest';
import { z } from 'zod';
import { toSourceError } from '../github/toSourceError';
import { isoSeconds } from './isoSeconds';
import { dispatchRefusal } from './dispatchRefusal';
import { findDispatchedRun, ListedRun, RunLookup } from './findDispatchedRun';
import type { GithubActionsConfig } from './GithubActionsConfig';
import { httpUrlOrUndefined } from './httpUrlOrUndefined';

/** Runs created this long before our clock's dispatch time still count (clock skew). */
const SKEW_MS = 2 * 60_000;
const WRITE_ACTIONS = 'write access to actions (actions: write)';

/** GitHub's answer to a dispatch with `return_run_details: true`. */
const runDetails = z.object({
  workflow_run_id: z.number().int().positive(),
  html_url: z.string().optional(),
});

/** What Octokit throws for an HTTP answer: its status and GitHub's message. */
const httpError = z.object({
  status: z.number(),
  response: z
    .object({
      data: z.object({ message: z.unknown().optional() }).optional(),
    })
    .optional(),
});

/**
 * Dispatches the workflow (`POST …/actions/workflows/{workflow}/dispatches` with the ref and
 * inputs) and finds the run it started.
 *
 * @remarks
 * Before dispatching it lists the workflow's recent `workflow_dispatch` runs, so that a run
 * found later is known to be new. It asks for `return_run_details` (GitHub answers 200 with
 * the run); a server that refuses that key (GitHub Enterprise Server 3.20 and earlier answer 400)
 * gets the dispatch again without it, and one that answers 204 without the run has it looked up
 * with `findDispatchedRun`. A refused dispatch (400/422) throws a `NOT_CONFIGURED` error naming
 * the input or key (`dispatchRefusal`); other failures a `SourceUnavailableError` in our words.
 * Once GitHub has accepted the dispatch nothing throws: a run that cannot be found, or an abort
 * while looking, is a lookup result, because the dispatch has happened.
 *
 * @param options - the client, the block, the rendered inputs, how messages name things, the
 *   lookup schedule, the clock and the signal
 */
export async function dispatchWorkflow(options: {
  octokit: Octokit;
  config: GithubActionsConfig;
  inputs: Record<string, string>;
  keyPrefix: string;
  /** e.g. `deploy.yml of servanda/servanda`. */
  workflowName: string;
  runLookup: { attempts: number; delayMs: number };
  now: () => number;
  signal: AbortSignal;
}): Promise<RunLookup> {
  const { octokit, config, inputs, signal, now, workflowName } = options;
  const since = isoSeconds(new Date(now() - SKEW_MS));
  const list = async (): Promise<ListedRun[]> => {
    const { data } = await octokit.rest.actions.listWorkflowRuns({
      owner: config.owner,
      repo: config.repo,
      workflow_id: config.workflow,
      event: 'workflow_dispatch',
      created: `>=${since}`,
      per_page: 100,
      request: { signal },
    });
    return data.workflow_runs.map(r => ({
      id: r.id,
      headBranch: r.head_branch,
      url: httpUrlOrUndefined(r.html_url),
    }));
  };
  let before: Set<number>;
  try {
    before = new Set((await list()).map(r => r.id));
  } catch (error) {
    throw toSourceError(
      error,
      `the runs of ${workflowName}`,
      now,
      'read access to actions',
    );
  }
  const dispatch = (withDetails: boolean) =>
    octokit.rest.actions.createWorkflowDispatch({
      owner: config.owner,
      repo: config.repo,
      workflow_id: config.workflow,
      ref: config.ref,
      inputs,
      ...(withDetails && { return_run_details: true }),
      request: { signal },
    });
  let response: Awaited<ReturnType<typeof dispatch>>;
  try {
    response = await dispatch(true).catch(error => {
      const http = httpError.safeParse(error);
      const message = http.success ? http.data.response?.data?.message : '';
      if (
        http.success &&
        (http.data.status === 400 || http.data.status === 422) &&
        typeof message === 'string' &&
        message.includes('return_run_details')
      ) {
        return dispatch(false);
      }
      throw error;
    });
  } catch (error) {
    const http = httpError.safeParse(error);
    const refusal =
      http.success &&
      dispatchRefusal(http.data.status, http.data.response?.data?.message, {
        workflow: workflowName,
        ref: config.ref,
        inputs,
        keyPrefix: options.keyPrefix,
      });
    throw refusal || toSourceError(error, workflowName, now, WRITE_ACTIONS);
  }
  const status: number = response.status;
  const details = runDetails.safeParse(response.data);
  if (status === 200 && details.success) {
    return {
      kind: 'found',
      run: {
        id: details.data.workflow_run_id,
        url: httpUrlOrUndefined(details.data.html_url),
      },
    };
  }
  return findDispatchedRun({
    list,
    before,
    ref: config.ref,
    ...options.runLookup,
    signal,
  });
}
