import { githubError, TestAnswer } from './githubError';
import { matchesCreatedFilter } from './matchesCreatedFilter';
import { paginate } from './paginate';
import type { TestRepository } from './TestRepository';
import type { GithubRecordedRequest } from './types';
import { validateDispatch } from './validateDispatch';

const WORKFLOW =
  /^\/repos\/([^/]+)\/([^/]+)\/actions\/workflows\/([^/]+)(\/dispatches|\/runs)?$/;
const RUN = /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)(\/cancel)?$/;
const DOC_WORKFLOWS = 'actions/workflows';
const DOC_RUNS = 'actions/workflow-runs';

/**
 * The GitHub Actions endpoints of the test server: get a workflow, dispatch it, list its runs,
 * get and cancel a run. Answers `undefined` for any other request.
 *
 * @param repo - the repository
 * @param req - the request
 */
export function actionsRoute(
  repo: TestRepository,
  req: GithubRecordedRequest,
): TestAnswer | undefined {
  const w = WORKFLOW.exec(req.path);
  if (w && repo.is(w[1], w[2])) {
    const workflow = repo.workflow(w[3]);
    const action = `${req.method} ${w[4] ?? ''}`;
    if (action === 'GET ') {
      if (!workflow) {
        return githubError(404, 'Not Found', `${DOC_WORKFLOWS}#get-a-workflow`);
      }
      const at = '2025-11-02T10:00:00Z';
      return [
        200,
        {
          id: workflow.id,
          node_id: `W_${workflow.id}`,
          name: workflow.name,
          path: workflow.path,
          state: workflow.state ?? 'active',
          created_at: at,
          updated_at: at,
          url: `${repo.apiUrl}/repos/${repo.name}/actions/workflows/${workflow.id}`,
          html_url: `https://github.com/${repo.name}/blob/main/${workflow.path}`,
          badge_url: `https://github.com/${
            repo.name
          }/workflows/${encodeURIComponent(workflow.name)}/badge.svg`,
        },
      ];
    }
    if (action === 'POST /dispatches') {
      if (!workflow) {
        return githubError(
          404,
          'Not Found',
          `${DOC_WORKFLOWS}#create-a-workflow-dispatch-event`,
        );
      }
      const result = validateDispatch(workflow, req.body, {
        refs: repo.refs(),
        supportsRunDetails: repo.options.supportsRunDetails ?? true,
      });
      if ('status' in result) {
        return githubError(
          result.status,
          result.message,
          `${DOC_WORKFLOWS}#create-a-workflow-dispatch-event`,
        );
      }
      const run = repo.createRun({
        workflowId: workflow.id,
        ref: result.ref.replace(/^refs\/(heads|tags)\//, ''),
        inputs: result.inputs,
        event: 'workflow_dispatch',
      });
      if (!result.returnRunDetails) {
        return [204, undefined];
      }
      return [
        200,
        {
          workflow_run_id: run.id,
          run_url: `${repo.apiUrl}/repos/${repo.name}/actions/runs/${run.id}`,
          html_url: `https://github.com/${repo.name}/actions/runs/${run.id}`,
        },
      ];
    }
    if (action === 'GET /runs') {
      if (!workflow) {
        return githubError(
          404,
          'Not Found',
          `${DOC_RUNS}#list-workflow-runs-for-a-workflow`,
        );
      }
      const event = req.query.get('event');
      const created = req.query.get('created');
      const branch = req.query.get('branch');
      const own = repo.runs.filter(r => r.workflowId === workflow.id);
      const visible = own
        .filter(r => r.hiddenFor <= 0)
        .filter(r => !event || r.event === event)
        .filter(r => !branch || r.headBranch === branch)
        .filter(r => !created || matchesCreatedFilter(r.createdAt, created))
        .sort(
          (a, b) =>
            b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id,
        );
      for (const r of own) {
        r.hiddenFor -= 1;
      }
      const [items, headers] = paginate(visible, req, repo.apiUrl);
      return [
        200,
        {
          total_count: visible.length,
          workflow_runs: items.map(r => repo.runJson(r)),
        },
        headers,
      ];
    }
    return undefined;
  }
  const r = RUN.exec(req.path);
  if (r && repo.is(r[1], r[2])) {
    const run = repo.runs.find(x => String(x.id) === r[3]);
    if (req.method === 'GET' && !r[4]) {
      if (!run) {
        return githubError(404, 'Not Found', `${DOC_RUNS}#get-a-workflow-run`);
      }
      run.polls += 1;
      return [200, repo.runJson(run)];
    }
    if (req.method === 'POST' && r[4]) {
      if (!run) {
        return githubError(
          404,
          'Not Found',
          `${DOC_RUNS}#cancel-a-workflow-run`,
        );
      }
      if (repo.state(run).status === 'completed') {
        return githubError(
          409,
          'Cannot cancel a workflow run that is completed.',
          `${DOC_RUNS}#cancel-a-workflow-run`,
        );
      }
      run.cancelled = true;
      return [202, {}];
    }
  }
  return undefined;
}
