import type { Collected, CollectJob, SourceCollector } from './collectorTypes';
import type { CollectorOptions } from './readCollectorOptions';

/**
 * One system's view of the shared collector: everything the system's services register is
 * remembered, so that when the system's policy is replaced (a team edited its file) its jobs are
 * unregistered at once and the background refresh stops calling its old sources. Jobs that
 * several systems share (the same upstream) stay registered while any system uses them.
 */
export class ScopedCollector implements SourceCollector {
  readonly #collector: SourceCollector;
  readonly #keys: string[] = [];
  #disposed = false;

  constructor(collector: SourceCollector) {
    this.#collector = collector;
  }

  get options(): CollectorOptions {
    return this.#collector.options;
  }

  register<T>(job: CollectJob<T>): CollectJob<T> {
    if (this.#disposed) {
      return job; // a late registration of a replaced system: read on demand only
    }
    this.#keys.push(job.key);
    return this.#collector.register(job);
  }

  unregister(key: string): void {
    const index = this.#keys.indexOf(key);
    if (index >= 0) {
      this.#keys.splice(index, 1);
      this.#collector.unregister(key);
    }
  }

  forget(key: string): Promise<void> {
    return this.#collector.forget(key);
  }

  read<T>(job: CollectJob<T>): Promise<Collected<T>> {
    return this.#collector.read(job);
  }

  refresh<T>(job: CollectJob<T>): Promise<Collected<T>> {
    return this.#collector.refresh(job);
  }

  /** Unregisters every job this system registered. */
  dispose(): void {
    this.#disposed = true;
    for (const key of this.#keys.splice(0)) {
      this.#collector.unregister(key);
    }
  }
}
