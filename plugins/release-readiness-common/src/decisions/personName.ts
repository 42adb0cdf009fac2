import type { RaciResponse } from '../people';
import { normaliseUserRef } from '../people/raciPreflight';

/**
 * A user's display name from the resolved RACI matrix, else the entity ref as given.
 *
 * @internal
 */
export function personName(raci: RaciResponse, ref: string): string {
  const key = normaliseUserRef(ref) ?? ref;
  const people = [
    ...raci.roles.flatMap(r => r.people),
    ...raci.activities.flatMap(a => [
      ...a.responsible,
      ...a.accountable,
      ...a.consulted,
      ...a.informed,
    ]),
  ];
  return (
    people.find(p => (normaliseUserRef(p.entityRef) ?? p.entityRef) === key)
      ?.displayName ?? ref
  );
}
