import type { RollbackProgress } from '@release-readiness/plugin-release-readiness-node';
import { httpUrlOrUndefined } from './httpUrlOrUndefined';

/**
 * Where a workflow run stands as rollback progress: done once `status` is `completed`,
 * succeeded only with the conclusion `success` (any other conclusion, or none, is a failure
 * that names it), with the run's link.
 *
 * @param run - `id`, `status`, `conclusion` and `html_url` of `GET …/actions/runs/{id}`
 * @param workflow - how messages name the workflow, e.g. `deploy.yml of servanda/servanda`
 */
export function runProgress(
  run: {
    id: number;
    status?: string | null;
    conclusion?: string | null;
    html_url?: unknown;
  },
  workflow: string,
): RollbackProgress {
  const url = httpUrlOrUndefined(run.html_url);
  const link = url ? `: ${url}` : '';
  const status = token(run.status) ?? 'unknown';
  if (status !== 'completed') {
    return {
      done: false,
      succeeded: false,
      message: `Run ${run.id} of ${workflow} is ${status.replace(
        /_/g,
        ' ',
      )}${link}`,
      run: { id: String(run.id), ...(url && { url }) },
    };
  }
  const conclusion = token(run.conclusion) ?? 'none';
  const succeeded = conclusion === 'success';
  return {
    done: true,
    succeeded,
    message: succeeded
      ? `Run ${run.id} of ${workflow} succeeded${link}`
      : `Run ${run.id} of ${workflow} concluded ${conclusion}${link}`,
    run: { id: String(run.id), ...(url && { url }), conclusion },
  };
}

/** A status or conclusion as GitHub spells them (`in_progress`, `timed_out`); nothing else. */
function token(value: string | null | undefined): string | undefined {
  return value && /^[a-z_]{1,40}$/.test(value) ? value : undefined;
}
