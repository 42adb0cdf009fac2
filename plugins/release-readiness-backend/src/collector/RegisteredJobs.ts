import type { CollectJob } from './collectorTypes';

/**
 * The jobs the background refresh keeps warm, by key, with how many registrations share each
 * (several systems may read the same upstream): a job stays until its last registration is
 * withdrawn.
 */
export class RegisteredJobs {
  readonly #jobs = new Map<
    string,
    { job: CollectJob<unknown>; refs: number }
  >();

  add<T>(job: CollectJob<T>): void {
    const known = this.#jobs.get(job.key);
    this.#jobs.set(job.key, { job, refs: (known?.refs ?? 0) + 1 });
  }

  remove(key: string): void {
    const known = this.#jobs.get(key);
    if (known && known.refs > 1) {
      this.#jobs.set(key, { ...known, refs: known.refs - 1 });
    } else {
      this.#jobs.delete(key);
    }
  }

  has(key: string): boolean {
    return this.#jobs.has(key);
  }

  all(): CollectJob<unknown>[] {
    return [...this.#jobs.values()].map(entry => entry.job);
  }
}
