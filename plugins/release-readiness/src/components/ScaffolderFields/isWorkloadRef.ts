import { hasStrings } from './hasStrings';

/** The kinds a rollback may target, which the workload picker offers. */
export const ROLLBACK_KINDS = [
  'Deployment',
  'StatefulSet',
  'DaemonSet',
] as const;

/** The value of a `ReleaseReadinessWorkloadPicker`. */
export interface WorkloadRef {
  kind: (typeof ROLLBACK_KINDS)[number];
  name: string;
}

/** True for a `{ kind, name }` of a kind a rollback may target. */
export function isWorkloadRef(value: unknown): value is WorkloadRef {
  return (
    hasStrings(value, ['kind', 'name']) &&
    ROLLBACK_KINDS.some(kind => kind === value.kind)
  );
}
