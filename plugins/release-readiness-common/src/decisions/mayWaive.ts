import type { RaciResponse } from '../people';
import type { ReadinessEvaluation } from '../readiness';
import { formatMoment } from '../readiness/formatting';
import { blockingItemsOf } from './blockingItemsOf';
import type { DecisionEligibility } from './eligibilityTypes';
import { evaluateDecision } from './evaluateDecision';
import { mayParticipate } from './mayParticipate';
import { orList } from './orList';
import { participantTitles } from './participantTitles';
import { personName } from './personName';
import type { DecisionPolicy, DecisionRecord } from './types';

/**
 * The question {@link mayWaive} answers.
 *
 * @public
 */
export interface DecisionWaiveRequest {
  /** Entity ref of the user who wants to waive. */
  user: string;
  /** The readiness item id, e.g. `restore-test`. */
  item: string;
  /** The moment (ISO). */
  now: string;
  /** The waiver's end (ISO), when known: it must be after `now` and at most the expiry. */
  until?: string;
  /** Live readiness, when read (it can invalidate the decision, see `evaluateDecision`). */
  live?: ReadinessEvaluation;
}

/**
 * May `user` waive `item` of a decision now? The decision must be open, the item one that needs a
 * waiver (enforced, `fail` or `unknown` in the pinned evidence; otherwise the blocking items are
 * named), not waived yet (an item is waived once per decision), and the user one of the
 * policy's `waivers` (default: the Accountable of `go-no-go`).
 *
 * @remarks
 * Pure: `now` is a parameter. Checked against the environment's resolved RACI matrix; refused,
 * never guessed, when its people cannot be resolved. Only the RACI half: the backend also checks
 * the permission `release-readiness.decision.waive`.
 *
 * @public
 */
export function mayWaive(
  record: DecisionRecord,
  policy: DecisionPolicy,
  raci: RaciResponse,
  request: DecisionWaiveRequest,
): DecisionEligibility {
  const { user, item, now, until, live } = request;
  const state = evaluateDecision(record, policy, raci, {
    now,
    ...(live && { live }),
  });
  if (state.status !== 'open') {
    return {
      allowed: false,
      refusal: 'not-open',
      reason: `The decision is ${state.status}, so it takes no more waivers: ${state.reason}`,
    };
  }
  const nowMs = Date.parse(now);
  const blocking = blockingItemsOf(record, policy, raci, nowMs);
  const target = blocking.find(b => b.item === item);
  if (!target) {
    return {
      allowed: false,
      refusal: 'not-blocking',
      reason:
        blocking.length === 0
          ? `'${item}' needs no waiver: no item of the evidence failed or was unknown`
          : `'${item}' needs no waiver; the items that do: ${blocking
              .map(b => b.item)
              .join(', ')}`,
    };
  }
  const earlier = record.waivers.find(w => w.item === item);
  if (earlier) {
    return {
      allowed: false,
      refusal: 'already-waived',
      reason: `'${item}' was already waived by ${personName(
        raci,
        earlier.by,
      )} at ${formatMoment(earlier.at)} (until ${formatMoment(
        earlier.until,
      )}); an item is waived once per decision`,
    };
  }
  const eligibility = mayParticipate(raci, policy.waivers, {
    user,
    environment: record.environment,
  });
  if (!eligibility.allowed) {
    return {
      allowed: false,
      refusal: 'not-eligible',
      reason: `${eligibility.reason}; only ${
        orList(participantTitles(raci, policy.waivers)) || 'nobody'
      } may waive readiness items`,
    };
  }
  if (until !== undefined) {
    const untilMs = Date.parse(until);
    if (!(untilMs > nowMs && untilMs <= Date.parse(record.expiresAt))) {
      return {
        allowed: false,
        refusal: 'bad-until',
        reason: `A waiver's 'until' must be after now and at most the decision's expiry (${record.expiresAt})`,
      };
    }
  }
  return {
    allowed: true,
    reason: `${eligibility.reason}: may waive '${item}' (${target.status})`,
  };
}
