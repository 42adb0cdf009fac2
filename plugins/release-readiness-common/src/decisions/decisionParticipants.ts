import type { Person, RaciPerson, RaciResponse } from '../people';
import { normaliseUserRef } from '../people/raciPreflight';
import type { DecisionParticipants, DecisionPolicy } from './types';

/**
 * A group of people a decision policy implies, for {@link decisionParticipants}:
 * `approvers` = the people of every approval, `voters` = the policy's `voters` and the
 * approvers, `informed` = the Informed of the policy's `informActivity`.
 *
 * @public
 */
export type DecisionAudience = 'approvers' | 'voters' | 'informed';

/**
 * The people that `participants` (a rule of the policy, or a {@link DecisionAudience}) names in
 * a resolved RACI matrix, each once, in matrix order, with the role ids that put them there. For
 * the candidates of a decision and for notifications.
 *
 * @remarks
 * Pure. Nobody when the matrix's people could not be resolved (source `unavailable`): eligibility
 * is never guessed. Roles or activities that are not configured name nobody.
 *
 * @example
 * ```ts
 * decisionParticipants(policy, raci, policy.waivers) // the Product Owners
 * decisionParticipants(policy, raci, 'voters')       // who may vote
 * ```
 *
 * @public
 */
export function decisionParticipants(
  policy: DecisionPolicy,
  raci: RaciResponse,
  participants: DecisionParticipants | DecisionAudience,
): RaciPerson[] {
  if (raci.source.status === 'unavailable') {
    return [];
  }
  const byRef = new Map<string, RaciPerson>();
  const add = (
    { entityRef, displayName, email, picture }: Person,
    roles: string[],
  ) => {
    const key = normaliseUserRef(entityRef) ?? entityRef;
    const known = byRef.get(key);
    if (known) {
      known.roles = [...new Set([...known.roles, ...roles])];
    } else {
      byRef.set(key, { entityRef, displayName, email, picture, roles });
    }
  };
  const collect = (who: DecisionParticipants) => {
    if ('roles' in who) {
      for (const role of raci.roles.filter(r => who.roles.includes(r.id))) {
        role.people.forEach(p => add(p, [role.id]));
      }
      return;
    }
    const activity = raci.activities.find(a => a.activity === who.activity);
    if (activity) {
      who.as.forEach(letter => activity[letter].forEach(p => add(p, p.roles)));
    }
  };
  if (participants === 'informed') {
    collect({ activity: policy.informActivity, as: ['informed'] });
  } else if (participants === 'approvers' || participants === 'voters') {
    if (participants === 'voters') {
      collect(policy.voters);
    }
    policy.approvals.forEach(a => collect(a.who));
  } else {
    collect(participants);
  }
  return [...byRef.values()];
}
