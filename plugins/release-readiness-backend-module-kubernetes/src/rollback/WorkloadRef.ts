import type { RollbackKind } from './RollbackKind';

/** The workload a rollback reads or writes, in the environment's namespace. */
export interface WorkloadRef {
  kind: RollbackKind;
  namespace: string;
  name: string;
}
