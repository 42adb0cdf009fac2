import type {
  GateCheckResult,
  GateCheckState,
} from '@release-readiness/plugin-release-readiness-common';

/** The fields of a GitHub commit status (REST API "Get the combined status for a specific reference"). */
export interface GithubCommitStatus {
  context: string;
  state: string;
  description: string | null;
  target_url: string | null;
  updated_at: string;
  /**
   * Who created the status. The combined-status endpoint does not return it (only "List commit
   * statuses for a reference" does), so statuses read from it have the producer `status`.
   */
  creator?: { login?: string } | null;
}

/**
 * A commit status as a gate check: success = passed, failure and error = failed, pending (and
 * anything else) = pending. The producer is `status:<creator>`, or `status` without a creator.
 */
export function commitStatusToGateCheck(
  status: GithubCommitStatus,
): GateCheckResult {
  const conclusion = status.state.toLocaleLowerCase('en-US');
  let state: GateCheckState = 'pending';
  if (conclusion === 'success') {
    state = 'passed';
  } else if (conclusion === 'failure' || conclusion === 'error') {
    state = 'failed';
  }
  const creator = status.creator?.login;
  return {
    name: status.context,
    state,
    detail: status.description ?? status.state,
    conclusion,
    producer: creator ? `status:${creator}` : 'status',
    ...(status.target_url && { url: status.target_url }),
    at: status.updated_at,
  };
}
