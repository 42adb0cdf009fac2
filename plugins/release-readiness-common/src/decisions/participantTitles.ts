import type { RaciResponse } from '../people';
import type { DecisionParticipants } from './types';

/**
 * The role titles behind a rule of the decision policy, e.g. `['Release Captain', 'QA']`: the
 * roles configured for the activity's letters, or the named roles. Unknown roles by their id.
 *
 * @internal
 */
export function participantTitles(
  raci: RaciResponse,
  who: DecisionParticipants,
): string[] {
  const titleOf = (id: string) =>
    raci.roles.find(r => r.id === id)?.title ?? id;
  if ('roles' in who) {
    return who.roles.map(titleOf);
  }
  const activity = raci.activities.find(a => a.activity === who.activity);
  if (!activity) {
    return who.as.map(letter => `${letter} of '${who.activity}'`);
  }
  return [...new Set(who.as.flatMap(letter => activity.roles[letter]))].map(
    titleOf,
  );
}
