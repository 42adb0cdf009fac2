import type { RaciResponse } from '../people';
import { mayParticipate } from './mayParticipate';
import type { DecisionPolicy } from './types';

/**
 * The ids of the approvals (in policy order) that a go from `user` could fill, by the resolved
 * RACI matrix. None when the matrix's people could not be resolved or `user` is not an entity
 * ref.
 *
 * @public
 */
export function approvalsOf(
  policy: DecisionPolicy,
  raci: RaciResponse,
  user: string,
): string[] {
  return policy.approvals
    .filter(
      approval =>
        mayParticipate(raci, approval.who, {
          user,
          environment: raci.environment,
        }).allowed,
    )
    .map(approval => approval.id);
}
