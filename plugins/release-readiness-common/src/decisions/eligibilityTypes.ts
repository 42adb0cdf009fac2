/**
 * Why a decision action was refused, for the HTTP status: `not-eligible` (403: the user is not
 * one of the people the policy names, or the RACI cannot be resolved), `not-open` and
 * `already-voted` / `already-waived` (409), `not-blocking` and `bad-until` (400: the item is
 * not one that needs a waiver, or the waiver's end is not in the future or past the expiry).
 *
 * @public
 */
export type DecisionRefusal =
  | 'not-eligible'
  | 'not-open'
  | 'already-voted'
  | 'already-waived'
  | 'not-blocking'
  | 'bad-until';

/**
 * May a user do something with a decision, and why (or why not) in a sentence that can be shown
 * and recorded.
 *
 * @public
 */
export interface DecisionEligibility {
  allowed: boolean;
  reason: string;
  /** Set when `allowed` is false. */
  refusal?: DecisionRefusal;
}

/**
 * The answer of `mayVote`.
 *
 * @public
 */
export interface DecisionVoteEligibility extends DecisionEligibility {
  /**
   * For a vote's `roles`: the approvals the user's go could fill, then the RACI roles through
   * which the user may vote. Empty when not allowed.
   */
  roles: string[];
}
