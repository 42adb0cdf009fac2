import type { V1JobCondition } from '@kubernetes/client-node';
import { RawObject } from './RawObject';

/** The `type`, `status` and `reason` of each raw status condition (all the board reads). */
export function trimConditions(
  raw: RawObject | undefined,
): V1JobCondition[] | undefined {
  return raw?.objects('conditions')?.map(c => ({
    type: c.string('type') ?? '',
    status: c.string('status') ?? '',
    reason: c.string('reason'),
  }));
}
