import { SourceUnavailableError } from '@release-readiness/plugin-release-readiness-node';
import { toSourceError } from '../github/toSourceError';
import type { WorkflowCheck } from './WorkflowCheck';

/**
 * Checks that the configured workflow exists (`GET …/actions/workflows/{workflow}`) and is
 * active: a missing one is a `SourceUnavailableError` (`NOT_FOUND`) naming `<block>.workflow`, a
 * disabled one a `NOT_CONFIGURED` one that says so. Writes nothing.
 *
 * @param check - the client, the block, how messages name things, the clock and the signal
 */
export async function checkWorkflow(check: WorkflowCheck): Promise<void> {
  const { octokit, config, keyPrefix, workflowName, signal } = check;
  let state: string;
  try {
    const { data } = await octokit.rest.actions.getWorkflow({
      owner: config.owner,
      repo: config.repo,
      workflow_id: config.workflow,
      request: { signal },
    });
    state = data.state;
  } catch (error) {
    throw toSourceError(
      error,
      `the workflow ${workflowName} (${keyPrefix}.workflow)`,
      check.now,
      'read access to actions',
    );
  }
  if (state !== 'active') {
    const said = /^[a-z_]{1,40}$/.test(state)
      ? state.replace(/_/g, ' ')
      : 'not active';
    throw new SourceUnavailableError(
      'NOT_CONFIGURED',
      `The workflow ${workflowName} is ${said}; enable it in GitHub to roll back through it (${keyPrefix}.workflow)`,
    );
  }
}
