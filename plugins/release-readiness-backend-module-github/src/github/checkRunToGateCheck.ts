import type {
  GateCheckResult,
  GateCheckState,
} from '@release-readiness/plugin-release-readiness-common';

/** The fields of a GitHub check run that the gate needs (REST API "List check runs for a Git reference"). */
export interface GithubCheckRun {
  name: string;
  status: string;
  conclusion: string | null;
  html_url: string | null;
  details_url?: string | null;
  started_at: string | null;
  completed_at: string | null;
  /** The GitHub App that created the check run; its `slug` names the producer. */
  app?: { slug?: string } | null;
}

/**
 * Conclusions of a completed check run that are neither success nor failure: the check counts
 * as `skipped`, which a gate accepts as passed only when it lists the conclusion in
 * `acceptConclusions`.
 */
const SKIPPED_CONCLUSIONS = ['neutral', 'skipped'];

/**
 * A check run as a gate check: not completed = pending; `success` = passed; `neutral` and
 * `skipped` = skipped; failure, cancelled, timed out, action required, stale and anything else
 * = failed. The producer is the GitHub App (`app:<slug>`).
 */
export function checkRunToGateCheck(run: GithubCheckRun): GateCheckResult {
  const conclusion = run.conclusion?.toLocaleLowerCase('en-US');
  const completed = run.status === 'completed';
  let state: GateCheckState = 'pending';
  if (completed) {
    if (conclusion === 'success') {
      state = 'passed';
    } else if (conclusion && SKIPPED_CONCLUSIONS.includes(conclusion)) {
      state = 'skipped';
    } else {
      state = 'failed';
    }
  }
  const url = run.html_url ?? run.details_url;
  const at = run.completed_at ?? run.started_at;
  const slug = run.app?.slug;
  return {
    name: run.name,
    state,
    detail: completed ? run.conclusion ?? 'completed' : run.status,
    ...(completed && conclusion && { conclusion }),
    producer: slug ? `app:${slug}` : 'app',
    ...(url && { url }),
    ...(at && { at }),
  };
}
