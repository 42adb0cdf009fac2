import type {
  OnCallCurrent,
  OnCallPerson,
  OnCallRole,
  OnCallShift,
} from './onCallTypes';

function samePerson(a: OnCallPerson, b: OnCallPerson): boolean {
  if (a.entityRef || b.entityRef) {
    return a.entityRef === b.entityRef;
  }
  if (a.email || b.email) {
    return (
      a.email?.toLocaleLowerCase('en-US') ===
      b.email?.toLocaleLowerCase('en-US')
    );
  }
  return a.displayName === b.displayName;
}

/**
 * The people of one duty, without duplicates (a person with two overlapping shifts counts once).
 *
 * @public
 */
export function uniquePeople(people: OnCallPerson[]): OnCallPerson[] {
  const result: OnCallPerson[] = [];
  for (const person of people) {
    if (!result.some(p => samePerson(p, person))) {
      result.push(person);
    }
  }
  return result;
}

/**
 * Who is on call at `at`, and until when that holds: the first later moment at which a shift
 * starts or ends.
 *
 * @public
 */
export function currentOnCall(
  shifts: OnCallShift[],
  at: string,
): OnCallCurrent {
  const now = Date.parse(at);
  const running = shifts.filter(
    s => Date.parse(s.start) <= now && Date.parse(s.end) > now,
  );
  const of = (role: OnCallRole) =>
    uniquePeople(running.filter(s => s.role === role).map(s => s.person));
  const changes = shifts
    .flatMap(s => [Date.parse(s.start), Date.parse(s.end)])
    .filter(t => t > now);
  return {
    primary: of('primary'),
    backup: of('backup'),
    ...(changes.length > 0 && {
      until: new Date(Math.min(...changes)).toISOString(),
    }),
  };
}
