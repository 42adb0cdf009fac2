import type { Person, RaciResponse } from '../people';
import { normaliseUserRef, raciPreflight } from '../people/raciPreflight';
import { approvalsOf } from './approvalsOf';
import { decisionParticipants } from './decisionParticipants';
import { matchApprovals } from './matchApprovals';
import type { ApprovalCandidate } from './matchApprovals';
import type {
  DecisionApprovalState,
  DecisionPolicy,
  DecisionRecord,
} from './types';

/**
 * The approvals of a decision, judged by {@link judgeApprovals}.
 *
 * @internal
 */
export interface ApprovalJudgement {
  approvals: DecisionApprovalState[];
  /** Every approval is filled (and the policy has at least one). */
  allFilled: boolean;
  /** Four-eyes is off, or a go that fills an approval comes from someone but the requester. */
  fourEyesMet: boolean;
  /** Why the votes cannot be judged against the RACI matrix (wrong environment, no people). */
  refusal?: string;
}

const keyOf = (ref: string) => normaliseUserRef(ref) ?? ref;

const asPerson = ({ entityRef, displayName, email, picture }: Person) => ({
  entityRef,
  displayName,
  ...(email !== undefined && { email }),
  ...(picture !== undefined && { picture }),
});

/**
 * Matches the go votes of a decision to its approvals: distinct people, as many approvals filled
 * as possible, eligibility by the current RACI matrix. With four-eyes, a go by someone other
 * than the requester is preferred wherever it fills the same number of approvals. Candidates are
 * the people who have not voted and whose go would fill one more approval (the requester is
 * none when four-eyes is on and the policy has a single approval).
 *
 * @internal
 */
export function judgeApprovals(
  record: DecisionRecord,
  policy: DecisionPolicy,
  raci: RaciResponse,
): ApprovalJudgement {
  const preflight = raciPreflight(raci, {
    user: record.requester,
    environment: record.environment,
  });
  if ('refusal' in preflight) {
    return {
      approvals: policy.approvals.map(({ id, title }) => ({
        id,
        title,
        candidates: [],
      })),
      allFilled: false,
      fourEyesMet: false,
      refusal: preflight.refusal,
    };
  }
  const requester = preflight.user;
  const voted = new Set(record.votes.map(v => keyOf(v.voter)));
  const goVoters: ApprovalCandidate[] = [];
  const seen = new Set<string>();
  for (const vote of record.votes) {
    const key = keyOf(vote.voter);
    if (seen.has(key)) {
      continue; // one vote per person: the first counts
    }
    seen.add(key);
    if (vote.vote === 'go') {
      goVoters.push({
        voter: vote.voter,
        approvals: approvalsOf(policy, raci, vote.voter),
      });
    }
  }
  if (policy.fourEyes) {
    // stable: others before the requester, each in vote order
    goVoters.sort(
      (a, b) =>
        Number(keyOf(a.voter) === requester) -
        Number(keyOf(b.voter) === requester),
    );
  }
  const ids = policy.approvals.map(a => a.id);
  const filled = matchApprovals(ids, goVoters);
  const fourEyesMet =
    !policy.fourEyes || [...filled.values()].some(v => keyOf(v) !== requester);

  const requesterExcluded = policy.fourEyes && policy.approvals.length < 2;
  const pool = decisionParticipants(policy, raci, 'approvers')
    .filter(p => !voted.has(keyOf(p.entityRef)))
    .filter(p => !(requesterExcluded && keyOf(p.entityRef) === requester))
    .map(p => ({
      person: p,
      approvals: approvalsOf(policy, raci, p.entityRef),
    }));
  const candidatesFor = (id: string): Person[] => {
    const wanted = ids.filter(a => a === id || filled.has(a));
    return pool
      .filter(
        ({ person, approvals }) =>
          matchApprovals(wanted, [
            ...goVoters,
            { voter: person.entityRef, approvals },
          ]).size === wanted.length,
      )
      .map(({ person }) => asPerson(person));
  };

  const approvals = policy.approvals.map(({ id, title }) => {
    const filledBy = filled.get(id);
    if (filledBy === undefined) {
      return { id, title, candidates: candidatesFor(id) };
    }
    const others =
      fourEyesMet || filled.size < ids.length
        ? []
        : pool
            .filter(p => keyOf(p.person.entityRef) !== requester)
            .filter(p => p.approvals.includes(id))
            .map(p => asPerson(p.person));
    return { id, title, filledBy, candidates: others };
  });
  return {
    approvals,
    allFilled: ids.length > 0 && filled.size === ids.length,
    fourEyesMet,
  };
}
