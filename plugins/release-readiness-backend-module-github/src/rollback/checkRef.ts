import { toSourceError } from '../github/toSourceError';
import type { WorkflowCheck } from './WorkflowCheck';

/**
 * Checks that the ref the workflow runs on exists (`GET …/commits/{ref}`, answered as a bare
 * SHA): one GitHub does not know is a `SourceUnavailableError` (`NOT_FOUND`) naming
 * `<block>.ref`. Writes nothing.
 *
 * @param check - the client, the block, how messages name things, the clock and the signal
 */
export async function checkRef(check: WorkflowCheck): Promise<void> {
  const { octokit, config, keyPrefix, signal } = check;
  try {
    await octokit.rest.repos.getCommit({
      owner: config.owner,
      repo: config.repo,
      ref: config.ref,
      mediaType: { format: 'sha' },
      request: { signal },
    });
  } catch (error) {
    throw toSourceError(
      error,
      `the ref '${config.ref}' of ${config.repository} (${keyPrefix}.ref)`,
      check.now,
      'read access to contents',
    );
  }
}
