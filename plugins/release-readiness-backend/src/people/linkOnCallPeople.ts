import type {
  OnCallPerson,
  OnCallShift,
  PeopleFinding,
  Person,
} from '@internal/backstage-plugin-release-readiness-common';
import { redactMessage } from '../collector/classifySourceError';
import type { CatalogPeopleResolver } from './CatalogPeopleResolver';

function describe(person: OnCallPerson): string {
  return person.email
    ? `${person.displayName} <${person.email}>`
    : person.entityRef ?? person.displayName;
}

/**
 * Links on-call people to catalog users — by entity ref, else by e-mail — so the board shows
 * their catalog name, picture and page. People without a catalog user keep what the source said
 * and are reported once each. Linking is best effort: when the catalog cannot be read, the
 * shifts are returned unchanged with a finding, because who is on call does not depend on it.
 */
export async function linkOnCallPeople(
  shifts: OnCallShift[],
  resolver: CatalogPeopleResolver,
): Promise<{ shifts: OnCallShift[]; findings: PeopleFinding[] }> {
  const refs = [
    ...new Set(
      shifts.flatMap(s => (s.person.entityRef ? [s.person.entityRef] : [])),
    ),
  ];
  const emails = [
    ...new Set(
      shifts.flatMap(s =>
        !s.person.entityRef && s.person.email
          ? [s.person.email.toLocaleLowerCase('en-US')]
          : [],
      ),
    ),
  ];
  let byRef: Record<string, Person[]>;
  let byEmail: Map<string, Person>;
  try {
    [byRef, byEmail] = await Promise.all([
      resolver.resolveMembers(refs).then(r => r.people),
      resolver.findUsersByEmail(emails),
    ]);
  } catch (error) {
    return {
      shifts,
      findings: [
        {
          severity: 'warning',
          code: 'PERSON_NOT_IN_CATALOG',
          message: `On-call people could not be linked to the catalog: ${redactMessage(
            String((error as Error)?.message ?? error),
          )}`,
        },
      ],
    };
  }

  const missing = new Map<string, OnCallPerson>();
  const linked = shifts.map(shift => {
    const { person } = shift;
    const match = person.entityRef
      ? byRef[person.entityRef]?.[0]
      : person.email && byEmail.get(person.email.toLocaleLowerCase('en-US'));
    if (!match) {
      missing.set(describe(person), person);
      return shift;
    }
    return {
      ...shift,
      person: { ...match, ...(person.url && { url: person.url }) },
    };
  });
  const linkedAny = linked.some((s, i) => s !== shifts[i]);
  if (!linkedAny && missing.size > 1) {
    // Nobody at all matched: the catalog is still ingesting or holds other people. One finding
    // says so instead of one per person.
    return {
      shifts,
      findings: [
        {
          severity: 'warning',
          code: 'PERSON_NOT_IN_CATALOG',
          message: `None of the ${missing.size} on-call people is in the catalog (yet); names are shown as the on-call source has them`,
        },
      ],
    };
  }
  const findings: PeopleFinding[] = [...missing.entries()].map(
    ([label, person]) => ({
      severity: 'warning',
      code: 'PERSON_NOT_IN_CATALOG',
      message: `On-call person ${label} has no catalog user`,
      ...(person.entityRef && { entityRef: person.entityRef }),
    }),
  );
  return { shifts: linked, findings };
}
