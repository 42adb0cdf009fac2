import { ConflictError } from '@backstage/errors';
import type {
  DecisionPolicy,
  DecisionRecord,
  DecisionState,
  RaciResponse,
} from '@release-readiness/plugin-release-readiness-common';
import type { DecisionNotifier } from './DecisionNotifier';
import type { DecisionStore } from './store/DecisionStore';

/**
 * Records a decision's outcome once, when its state first reaches go, no-go or invalidated (and
 * once more when a go is invalidated), then tells open views (a signal), the Informed and the
 * requester.
 */
export class DecisionOutcomes {
  readonly #store: DecisionStore;
  readonly #notifier?: DecisionNotifier;
  readonly #now: () => number;

  constructor(options: {
    store: DecisionStore;
    notifier?: DecisionNotifier;
    now: () => number;
  }) {
    this.#store = options.store;
    this.#notifier = options.notifier;
    this.#now = options.now;
  }

  /** The record after recording, or as it was when there is nothing to record. */
  async record(options: {
    record: DecisionRecord;
    state: DecisionState;
    policy: DecisionPolicy;
    raci: () => Promise<RaciResponse>;
    /** Reads the record again (another replica recorded first). */
    reread: () => Promise<DecisionRecord>;
  }): Promise<DecisionRecord> {
    const { record, state } = options;
    const status = state.status;
    if (status === 'open' || status === 'expired') {
      return record;
    }
    if (
      record.outcome &&
      !(record.outcome.status === 'go' && status === 'invalidated')
    ) {
      return record;
    }
    try {
      const result = await this.#store.appendOutcome({
        system: record.system,
        environment: record.environment,
        decisionId: record.id,
        outcome: {
          status,
          reason: state.reason,
          at: new Date(this.#now()).toISOString(),
        },
      });
      if (result.created) {
        await this.#notifier?.changed(result.record);
        await this.#notifier?.decided(
          result.record,
          state,
          options.policy,
          await options.raci(),
        );
      }
      return result.record;
    } catch (error) {
      if (error instanceof ConflictError) {
        return options.reread();
      }
      throw error;
    }
  }
}
