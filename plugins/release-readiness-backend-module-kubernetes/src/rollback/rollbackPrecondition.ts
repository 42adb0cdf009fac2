import { InputError } from '@backstage/errors';
import type { RollbackPlan } from '@release-readiness/plugin-release-readiness-node';
import { z } from 'zod';
import type { WorkloadRef } from './WorkloadRef';

const preconditionSchema = z.object({
  kind: z.enum(['Deployment', 'StatefulSet', 'DaemonSet']),
  name: z.string().min(1),
  resourceVersion: z.string().min(1),
  toRevision: z.number().int().positive(),
  toObject: z.string().min(1),
});

/** What a ready plan of the `kubernetes` strategy carries to `execute`. */
export type RollbackPrecondition = z.output<typeof preconditionSchema>;

/**
 * The precondition of a ready plan, checked: made by this strategy for this workload.
 *
 * @throws `InputError` for a plan of another strategy or another workload
 */
export function rollbackPrecondition(
  plan: Extract<RollbackPlan, { kind: 'ready' }>,
  ref: WorkloadRef,
): RollbackPrecondition {
  const parsed = preconditionSchema.safeParse(plan.precondition);
  if (
    !parsed.success ||
    parsed.data.kind !== ref.kind ||
    parsed.data.name !== ref.name
  ) {
    throw new InputError(
      `The plan was not made by the kubernetes rollback strategy for ${ref.kind} ${ref.name}`,
    );
  }
  return parsed.data;
}
