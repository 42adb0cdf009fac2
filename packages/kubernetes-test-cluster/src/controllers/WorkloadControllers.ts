import { jsonEqual } from '../json/jsonEqual';
import { semanticEqual } from '../json/semanticEqual';
import { isRecord } from '../objects/isRecord';
import { keyOf } from '../store/keyOf';
import { ObjectStore } from '../store/ObjectStore';
import { StoredObject } from '../store/StoredObject';
import { finishDeployment } from './finishDeployment';
import { finishRevisionedSet } from './finishRevisionedSet';
import { RolloutBehaviour } from './RolloutBehaviour';
import { syncDeployment } from './syncDeployment';
import { syncRevisionedSet } from './syncRevisionedSet';
import { withoutHashLabel } from './withoutHashLabel';

const KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

const templateOf = (o: StoredObject) =>
  isRecord(o.spec) ? withoutHashLabel(o.spec.template) : undefined;

/**
 * The controller manager's part for `apps/v1` Deployments, StatefulSets and DaemonSets: after a
 * write changed one's spec, it observes the new generation and records a changed pod template as
 * the next revision at once (`syncDeployment`, `syncRevisionedSet`), and ends the rollout
 * `delayMs` later as the {@link RolloutBehaviour} says (`finishDeployment`,
 * `finishRevisionedSet`). A later change of the same workload supersedes a rollout in progress.
 * Controller writes are no requests: they move resource versions on but are not in the request
 * log.
 */
export class WorkloadControllers {
  readonly #store: ObjectStore;
  readonly #timers = new Map<string, NodeJS.Timeout>();
  #idle: Array<() => void> = [];
  #behaviour: RolloutBehaviour | false;

  constructor(store: ObjectStore, behaviour: RolloutBehaviour | false = {}) {
    this.#store = store;
    this.#behaviour = behaviour;
  }

  /** From now on, rollouts end as `behaviour` says; `false` turns the controllers off. */
  configure(behaviour: RolloutBehaviour | false): void {
    this.#behaviour = behaviour;
  }

  /** Acts on a committed write (`before` → `after`) of one object. */
  afterWrite(before: StoredObject, after: StoredObject): void {
    const behaviour = this.#behaviour;
    if (
      behaviour === false ||
      after.apiVersion !== 'apps/v1' ||
      !KINDS.has(after.kind) ||
      jsonEqual(before.spec, after.spec)
    ) {
      return;
    }
    const key = keyOf(after);
    const changed = !semanticEqual(templateOf(before), templateOf(after));
    const rolling =
      after.kind === 'Deployment'
        ? syncDeployment(this.#store, key, changed)
        : syncRevisionedSet(this.#store, key, changed);
    const paused = isRecord(after.spec) && after.spec.paused === true;
    if (paused || (changed && !rolling)) {
      return;
    }
    const generation = after.metadata.generation;
    const outcome = changed ? behaviour.outcome ?? 'complete' : 'complete';
    const id = `${key.kind}/${key.namespace}/${key.name}`;
    clearTimeout(this.#timers.get(id));
    this.#timers.set(
      id,
      setTimeout(() => {
        this.#timers.delete(id);
        if (key.kind === 'Deployment') {
          finishDeployment(this.#store, key, generation, {
            outcome,
            failureMessage: behaviour.failureMessage,
          });
        } else {
          finishRevisionedSet(this.#store, key, generation, outcome);
        }
        this.#wakeIfIdle();
      }, behaviour.delayMs ?? 0),
    );
  }

  /** Resolves once no rollout is in progress (at once when none is). */
  settled(): Promise<void> {
    if (this.#timers.size === 0) {
      return Promise.resolve();
    }
    return new Promise(resolve => this.#idle.push(resolve));
  }

  /** Drops every rollout in progress (their ends never come). */
  stop(): void {
    for (const timer of this.#timers.values()) {
      clearTimeout(timer);
    }
    this.#timers.clear();
    this.#wakeIfIdle();
  }

  #wakeIfIdle(): void {
    if (this.#timers.size === 0) {
      const waiting = this.#idle;
      this.#idle = [];
      waiting.forEach(resolve => resolve());
    }
  }
}
