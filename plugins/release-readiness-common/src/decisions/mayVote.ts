import type { RaciResponse } from '../people';
import { normaliseUserRef } from '../people/raciPreflight';
import type { ReadinessEvaluation } from '../readiness';
import { formatMoment } from '../readiness/formatting';
import type { DecisionVoteEligibility } from './eligibilityTypes';
import { evaluateDecision } from './evaluateDecision';
import { mayParticipate } from './mayParticipate';
import { orList } from './orList';
import { participantTitles } from './participantTitles';
import type { DecisionPolicy, DecisionRecord } from './types';

/**
 * May `user` vote on a decision now? Refused when the decision is not open (naming its status),
 * when the user already voted (saying when and what), and when the user is neither one of the
 * policy's `voters` nor a person of any approval (naming, by role title, who may vote).
 *
 * @remarks
 * Pure: `now` is a parameter. Checked against the environment's resolved RACI matrix; refused,
 * never guessed, when its people cannot be resolved. Only the RACI half: the backend also checks
 * the permission `release-readiness.decision.vote`. `roles` is what the vote records: the
 * approvals the user's go could fill, then the RACI roles through which the user may vote.
 *
 * @public
 */
export function mayVote(
  record: DecisionRecord,
  policy: DecisionPolicy,
  raci: RaciResponse,
  request: { user: string; now: string; live?: ReadinessEvaluation },
): DecisionVoteEligibility {
  const { user, now, live } = request;
  const state = evaluateDecision(record, policy, raci, {
    now,
    ...(live && { live }),
  });
  if (state.status !== 'open') {
    return {
      allowed: false,
      refusal: 'not-open',
      roles: [],
      reason: `The decision is ${state.status}, so it takes no more votes: ${state.reason}`,
    };
  }
  const key = normaliseUserRef(user) ?? user;
  const earlier = record.votes.find(
    v => (normaliseUserRef(v.voter) ?? v.voter) === key,
  );
  if (earlier) {
    return {
      allowed: false,
      refusal: 'already-voted',
      roles: [],
      reason: `${key} already voted ${earlier.vote} at ${formatMoment(
        earlier.at,
      )}; a decision takes one vote per person`,
    };
  }
  const environment = record.environment;
  const asVoter = mayParticipate(raci, policy.voters, { user, environment });
  const fillable = policy.approvals
    .map(approval => ({
      approval,
      eligibility: mayParticipate(raci, approval.who, { user, environment }),
    }))
    .filter(f => f.eligibility.allowed);
  if (!asVoter.allowed && fillable.length === 0) {
    const titles = [
      ...new Set([
        ...participantTitles(raci, policy.voters),
        ...policy.approvals.flatMap(a => participantTitles(raci, a.who)),
      ]),
    ];
    return {
      allowed: false,
      refusal: 'not-eligible',
      roles: [],
      reason: `${asVoter.reason}; only ${
        orList(titles) || 'nobody'
      } may vote on this decision`,
    };
  }
  const heldRoles = [asVoter, ...fillable.map(f => f.eligibility)].flatMap(e =>
    e.matches.flatMap(m => m.roles),
  );
  return {
    allowed: true,
    roles: [...new Set([...fillable.map(f => f.approval.id), ...heldRoles])],
    reason:
      fillable.length > 0
        ? `${key} may vote; a go can fill the approval of ${orList(
            fillable.map(f => f.approval.title),
          )}`
        : `${asVoter.reason}: may vote (a no-go decides, a go fills no approval)`,
  };
}
