import {
  DecisionPolicy,
  DecisionRecord,
  DecisionResponse,
  DecisionState,
  mayVote,
  mayWaive,
  RaciResponse,
} from '@release-readiness/plugin-release-readiness-common';

/**
 * May `user` vote on the decision, and may they waive (the first blocking item still without a
 * waiver), with the reason either way: what the meeting view shows on its buttons.
 */
export function youOf(options: {
  record: DecisionRecord;
  state: DecisionState;
  policy: DecisionPolicy;
  raci: RaciResponse;
  user: string;
  now: string;
}): NonNullable<DecisionResponse['you']> {
  const { record, state, policy, raci, user, now } = options;
  const item = state.blocking.find(b => !b.waiver)?.item;
  return {
    vote: mayVote(record, policy, raci, { user, now }),
    waive: item
      ? mayWaive(record, policy, raci, { user, item, now })
      : { allowed: false, reason: 'No item of the evidence needs a waiver' },
  };
}
