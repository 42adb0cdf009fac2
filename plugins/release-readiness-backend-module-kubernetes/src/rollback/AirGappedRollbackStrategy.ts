import { NotAllowedError } from '@backstage/errors';
import type { WorkloadRevision } from '@release-readiness/plugin-release-readiness-common';
import type {
  RollbackExecution,
  RollbackPlan,
  RollbackStrategy,
} from '@release-readiness/plugin-release-readiness-node';

/**
 * The `kubernetes` strategy of an air-gapped environment, whose workloads come from an offline
 * snapshot: it lists no revisions, refuses every plan saying why, and never writes.
 */
export class AirGappedRollbackStrategy implements RollbackStrategy {
  readonly name: string;
  readonly #message: string;

  /**
   * @param options - `environment`: the environment's key (for the message); `cluster`,
   *   `namespace`: where its snapshot is of
   */
  constructor(options: {
    environment: string;
    cluster: string;
    namespace: string;
  }) {
    this.name = `snapshot:${options.cluster}/${options.namespace}`;
    this.#message = `${options.environment} is air-gapped: its workloads come from an offline snapshot and cannot be rolled back from the portal`;
  }

  async revisions(): Promise<WorkloadRevision[]> {
    return [];
  }

  async plan(): Promise<RollbackPlan> {
    return { kind: 'refused', reason: 'refused', message: this.#message };
  }

  async execute(): Promise<RollbackExecution> {
    throw new NotAllowedError(this.#message);
  }
}
