import { isoSeconds } from '../rollback/isoSeconds';
import type { TestWorkflow, TestWorkflowRun } from './types';

/** Where the run stands now, as GitHub reports it. */
export interface RunState {
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: string | null;
}

/**
 * A workflow run as the REST API returns it (`GET /repos/{o}/{r}/actions/runs/{id}`, and the
 * items of the list endpoints): the documented fields the strategy and people read.
 *
 * @param run - the run
 * @param state - its status and conclusion now
 * @param context - the workflow, the repository, the API and web base URLs
 */
export function runToJson(
  run: TestWorkflowRun,
  state: RunState,
  context: {
    workflow: TestWorkflow;
    repository: string;
    apiUrl: string;
    webUrl: string;
  },
) {
  const { workflow, repository, apiUrl, webUrl } = context;
  const api = `${apiUrl}/repos/${repository}/actions/runs/${run.id}`;
  const created = isoSeconds(run.createdAt);
  const [owner, name] = repository.split('/');
  const actor = { login: 'release-bot', id: 4711, type: 'Bot' };
  return {
    id: run.id,
    name: workflow.name,
    node_id: `WFR_${run.id}`,
    head_branch: run.headBranch,
    head_sha: 'f3a9c2d81b7e4a6f90c1d2e3b4a5968778695a4b',
    path: workflow.path,
    display_title: workflow.name,
    run_number: run.runNumber,
    event: run.event,
    status: state.status,
    conclusion: state.conclusion,
    workflow_id: run.workflowId,
    check_suite_id: run.id + 1_000_000,
    url: api,
    html_url: `${webUrl}/${repository}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: created,
    updated_at: created,
    run_attempt: 1,
    run_started_at: created,
    actor,
    triggering_actor: actor,
    jobs_url: `${api}/jobs`,
    logs_url: `${api}/logs`,
    check_suite_url: `${apiUrl}/repos/${repository}/check-suites/${
      run.id + 1_000_000
    }`,
    artifacts_url: `${api}/artifacts`,
    cancel_url: `${api}/cancel`,
    rerun_url: `${api}/rerun`,
    workflow_url: `${apiUrl}/repos/${repository}/actions/workflows/${workflow.id}`,
    repository: {
      id: 1296269,
      name,
      full_name: repository,
      owner: { login: owner },
    },
  };
}
