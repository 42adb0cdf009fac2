import { mayActAs, mayHoldRole } from '../people';
import type { RaciEligibility, RaciResponse } from '../people';
import type { DecisionParticipants } from './types';

/**
 * Is `user` one of the people `who` names in `environment`'s resolved RACI matrix: the letters
 * of an activity (through `mayActAs`) or roles (through `mayHoldRole`)? Refuses, never guesses,
 * when the matrix is for another environment or its people cannot be resolved.
 *
 * @internal
 */
export function mayParticipate(
  raci: RaciResponse,
  who: DecisionParticipants,
  request: { user: string; environment: string },
): RaciEligibility {
  return 'roles' in who
    ? mayHoldRole(raci, { ...request, roles: who.roles })
    : mayActAs(raci, { ...request, activity: who.activity, as: who.as });
}
