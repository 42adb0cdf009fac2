import type {
  GateCheckResult,
  GateCheckState,
} from '@internal/backstage-plugin-release-readiness-common';

/** The fields of a GitHub check run that the gate needs (REST API "List check runs for a Git reference"). */
export interface GithubCheckRun {
  name: string;
  status: string;
  conclusion: string | null;
  html_url: string | null;
  details_url?: string | null;
  started_at: string | null;
  completed_at: string | null;
}

/** The fields of a GitHub commit status (REST API "Get the combined status for a specific reference"). */
export interface GithubCommitStatus {
  context: string;
  state: string;
  description: string | null;
  target_url: string | null;
  updated_at: string;
}

/** GitHub treats neutral and skipped as passing for required checks; so do gates. */
const PASSING_CONCLUSIONS = ['success', 'neutral', 'skipped'];

/** A check run as a gate check: not completed = pending; failure, cancelled, timed out etc. = failed. */
export function checkRunToGateCheck(run: GithubCheckRun): GateCheckResult {
  let state: GateCheckState = 'pending';
  if (run.status === 'completed') {
    state = PASSING_CONCLUSIONS.includes(run.conclusion ?? '')
      ? 'passed'
      : 'failed';
  }
  const url = run.html_url ?? run.details_url;
  const at = run.completed_at ?? run.started_at;
  return {
    name: run.name,
    state,
    detail:
      run.status === 'completed' ? run.conclusion ?? 'completed' : run.status,
    ...(url && { url }),
    ...(at && { at }),
  };
}

/** A commit status as a gate check: success = passed, failure and error = failed, pending = pending. */
export function commitStatusToGateCheck(
  status: GithubCommitStatus,
): GateCheckResult {
  let state: GateCheckState = 'pending';
  if (status.state === 'success') {
    state = 'passed';
  } else if (status.state === 'failure' || status.state === 'error') {
    state = 'failed';
  }
  return {
    name: status.context,
    state,
    detail: status.description ?? status.state,
    ...(status.target_url && { url: status.target_url }),
    at: status.updated_at,
  };
}

const RANK: Record<GateCheckState, number> = {
  failed: 2,
  pending: 1,
  passed: 0,
};

/**
 * One result per name: when check runs and statuses (or two apps) report the same name, a failure
 * wins over pending, and pending over passed.
 */
export function mergeGateChecks(checks: GateCheckResult[]): GateCheckResult[] {
  const byName = new Map<string, GateCheckResult>();
  for (const check of checks) {
    const seen = byName.get(check.name);
    if (!seen || RANK[check.state] > RANK[seen.state]) {
      byName.set(check.name, check);
    }
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}
