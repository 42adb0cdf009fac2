import {
  safeHttpUrl,
  type OnCallPerson,
  type OnCallShift,
  type PeopleFinding,
  type Person,
} from '@release-readiness/plugin-release-readiness-common';
import { redactMessage } from '../collector/classifySourceError';
import type { CatalogPeopleResolver } from './CatalogPeopleResolver';

function describe(person: OnCallPerson): string {
  return person.email
    ? `${person.displayName} <${person.email}>`
    : person.entityRef ?? person.displayName;
}

/** The person without a `picture` or `url` that is not an http(s) URL. */
function withSafeLinks(person: OnCallPerson): OnCallPerson {
  const { picture, url, ...rest } = person;
  const safePicture = picture === undefined ? undefined : safeHttpUrl(picture);
  const safeUrl = url === undefined ? undefined : safeHttpUrl(url);
  return {
    ...rest,
    ...(safePicture && { picture: safePicture }),
    ...(safeUrl && { url: safeUrl }),
  };
}

/**
 * Links on-call people to catalog users — by entity ref, else by e-mail — so the board shows
 * their catalog name, picture and page. People without a catalog user keep what the source said
 * and are reported once each. Linking is best effort: when the catalog cannot be read, the
 * shifts are returned unlinked with a finding, because who is on call does not depend on it.
 * Pictures and links that are not http(s) URLs are dropped, whichever source they come from.
 */
export async function linkOnCallPeople(
  sourceShifts: OnCallShift[],
  resolver: CatalogPeopleResolver,
): Promise<{ shifts: OnCallShift[]; findings: PeopleFinding[] }> {
  const shifts = sourceShifts.map(shift => ({
    ...shift,
    person: withSafeLinks(shift.person),
  }));
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
      person: withSafeLinks({
        ...match,
        ...(person.url && { url: person.url }),
      }),
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
