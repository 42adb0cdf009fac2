import {
  RACI_LETTERS,
  safeHttpUrl,
  type PeopleFinding,
  type Person,
  type RaciActivity,
  type RaciLetter,
  type RaciPerson,
  type RaciResponse,
  type SourceInfo,
} from '@release-readiness/plugin-release-readiness-common';
import type { ResolvedMembers } from './CatalogPeopleResolver';
import type { RaciDefinition } from './readRaciConfig';

/** The person without a `picture` that is not an http(s) URL. */
function withSafePicture(person: Person): Person {
  const { picture, ...rest } = person;
  const safe = picture === undefined ? undefined : safeHttpUrl(picture);
  return safe ? { ...rest, picture: safe } : rest;
}

function peopleOfRole(
  members: string[],
  resolved: ResolvedMembers | undefined,
): Person[] {
  const byRef = new Map<string, Person>();
  for (const member of members) {
    for (const person of resolved?.people[member] ?? []) {
      byRef.set(person.entityRef, withSafePicture(person));
    }
  }
  return [...byRef.values()].sort((a, b) =>
    a.displayName.localeCompare(b.displayName),
  );
}

function unresolvedRoleFindings(
  definition: RaciDefinition,
  peopleByRole: Map<string, Person[]>,
): PeopleFinding[] {
  const findings: PeopleFinding[] = [];
  for (const role of definition.roles) {
    if ((peopleByRole.get(role.id) ?? []).length > 0) {
      continue;
    }
    const uses = definition.activities.flatMap(a =>
      RACI_LETTERS.filter(l => a.roles[l].includes(role.id)).map(l => ({
        activity: a,
        letter: l,
      })),
    );
    if (uses.length === 0) {
      continue;
    }
    const critical = uses.some(
      u => u.letter === 'responsible' || u.letter === 'accountable',
    );
    const where = uses
      .map(u => `${u.letter} for ${u.activity.title}`)
      .join('; ');
    findings.push({
      severity: critical ? 'error' : 'warning',
      code: 'ROLE_UNRESOLVED',
      message: `Role '${role.title}' resolves to nobody (${where})`,
      role: role.id,
      activities: [...new Set(uses.map(u => u.activity.id))],
    });
  }
  return findings;
}

/**
 * Builds the RACI matrix of one environment from its definition and the catalog people its
 * members resolved to. Without resolved people (catalog unavailable) every cell is empty and no
 * role is claimed to resolve to nobody, because that is not known. A picture that is not an
 * http(s) URL is dropped.
 */
export function buildRaciResponse(options: {
  environment: string;
  definition: RaciDefinition;
  resolved?: ResolvedMembers;
  source: SourceInfo;
}): RaciResponse {
  const { environment, definition, resolved, source } = options;
  const peopleByRole = new Map(
    definition.roles.map(r => [r.id, peopleOfRole(r.members, resolved)]),
  );

  const activities: RaciActivity[] = definition.activities.map(activity => {
    const cells = {} as Record<RaciLetter, RaciPerson[]>;
    for (const letter of RACI_LETTERS) {
      const byRef = new Map<string, RaciPerson>();
      for (const role of activity.roles[letter]) {
        for (const person of peopleByRole.get(role) ?? []) {
          const existing = byRef.get(person.entityRef);
          if (existing) {
            existing.roles.push(role);
          } else {
            byRef.set(person.entityRef, { ...person, roles: [role] });
          }
        }
      }
      cells[letter] = [...byRef.values()];
    }
    return {
      activity: activity.id,
      title: activity.title,
      roles: activity.roles,
      ...cells,
    };
  });

  return {
    environment,
    activities,
    roles: definition.roles.map(role => ({
      ...role,
      people: peopleByRole.get(role.id) ?? [],
    })),
    findings: resolved
      ? [
          ...unresolvedRoleFindings(definition, peopleByRole),
          ...resolved.findings,
        ]
      : [],
    source,
  };
}
