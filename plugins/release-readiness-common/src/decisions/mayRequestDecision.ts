import type { RaciResponse } from '../people';
import type { DecisionEligibility } from './eligibilityTypes';
import { mayParticipate } from './mayParticipate';
import { orList } from './orList';
import { participantTitles } from './participantTitles';
import type { DecisionPolicy } from './types';

/**
 * May `user` request a go/no-go decision in `environment`? Only the people of the policy's
 * `requesters` may (default: the Responsible and Accountable of `go-no-go`), checked against
 * that environment's resolved RACI matrix.
 *
 * @remarks
 * Pure. Only the RACI half: the backend also checks the permission
 * `release-readiness.decision.request`. Refused, never guessed, when the matrix is for another
 * environment or its people cannot be resolved.
 *
 * @public
 */
export function mayRequestDecision(
  policy: DecisionPolicy,
  raci: RaciResponse,
  request: { user: string; environment: string },
): DecisionEligibility {
  const eligibility = mayParticipate(raci, policy.requesters, request);
  if (eligibility.allowed) {
    return {
      allowed: true,
      reason: `${eligibility.reason}: may request a go/no-go decision`,
    };
  }
  const titles = participantTitles(raci, policy.requesters);
  return {
    allowed: false,
    refusal: 'not-eligible',
    reason: `${eligibility.reason}; only ${
      orList(titles) || 'nobody'
    } may request a go/no-go decision in ${request.environment}`,
  };
}
