import type { DispatchedRun } from './DispatchedRun';
import { sleep } from './sleep';

/** A run as the list-runs endpoint shows it, reduced to what matching needs. */
export interface ListedRun {
  id: number;
  headBranch?: string | null;
  url?: string;
}

/** What looking for the dispatched run found. */
export type RunLookup =
  | { kind: 'found'; run: DispatchedRun }
  /** More than one new run on the ref: someone else dispatched at the same time. */
  | { kind: 'ambiguous'; count: number }
  | { kind: 'not-found'; attempts: number }
  | { kind: 'aborted' };

/**
 * Finds the run a dispatch started, which GitHub creates a little after answering the dispatch
 * (without its id, on servers that do not know `return_run_details`): lists the workflow's
 * `workflow_dispatch` runs up to `attempts` times, `delayMs` apart, and takes the one new run
 * (not among the ids listed before the dispatch) on the dispatched ref.
 *
 * @remarks
 * Two or more new runs on that ref are `ambiguous`: the strategy never guesses which is its own.
 * A list call that fails is retried like an empty answer (the dispatch has happened; the lookup
 * must not turn it into an error). An aborted signal ends the lookup at once.
 *
 * @param options - how to list runs, the ids from before, the ref, the retry schedule, the signal
 */
export async function findDispatchedRun(options: {
  list: () => Promise<ListedRun[]>;
  before: ReadonlySet<number>;
  ref: string;
  attempts: number;
  delayMs: number;
  signal: AbortSignal;
}): Promise<RunLookup> {
  const ref = options.ref.replace(/^refs\/(?:heads|tags)\//, '');
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    if (!(await sleep(options.delayMs, options.signal))) {
      return { kind: 'aborted' };
    }
    let runs: ListedRun[];
    try {
      runs = await options.list();
    } catch {
      if (options.signal.aborted) {
        return { kind: 'aborted' };
      }
      continue;
    }
    const fresh = runs.filter(
      r => !options.before.has(r.id) && r.headBranch === ref,
    );
    if (fresh.length === 1) {
      return { kind: 'found', run: { id: fresh[0].id, url: fresh[0].url } };
    }
    if (fresh.length > 1) {
      return { kind: 'ambiguous', count: fresh.length };
    }
  }
  return { kind: 'not-found', attempts: options.attempts };
}
