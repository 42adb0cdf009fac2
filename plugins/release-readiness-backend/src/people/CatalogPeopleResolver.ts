import { AuthService } from '@backstage/backend-plugin-api';
import {
  Entity,
  RELATION_HAS_MEMBER,
  RELATION_PARENT_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type {
  PeopleFinding,
  Person,
} from '@release-readiness/plugin-release-readiness-common';
import { personOf } from './personOf';

/** What {@link CatalogPeopleResolver.resolveMembers} found. */
export interface ResolvedMembers {
  /** For every asked ref: the people it stands for (a user itself, or a group's users). */
  people: Record<string, Person[]>;
  /** Refs that are missing, groups without users. */
  findings: PeopleFinding[];
}

/** Sub-groups deeper than this are not followed (the catalog allows cycles in bad data). */
const MAX_GROUP_DEPTH = 10;

function byName(a: Person, b: Person): number {
  return a.displayName.localeCompare(b.displayName);
}

function targets(entity: Entity, type: string): string[] {
  return (entity.relations ?? [])
    .filter(r => r.type === type)
    .map(r => r.targetRef.toLocaleLowerCase('en-US'));
}

/**
 * Resolves users and groups to people through the software catalog: a group stands for the users
 * that are members of it or of its sub-groups. Reads with the plugin's own service credentials,
 * because the result is cached and shared by every viewer.
 */
export class CatalogPeopleResolver {
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;

  constructor(options: { catalog: CatalogService; auth: AuthService }) {
    this.#catalog = options.catalog;
    this.#auth = options.auth;
  }

  /** Resolves full, lower-case `user:` / `group:` refs to people. */
  async resolveMembers(refs: string[]): Promise<ResolvedMembers> {
    const asked = [...new Set(refs)];
    const entities = await this.#fetch(asked);
    const findings: PeopleFinding[] = [];
    const people: Record<string, Person[]> = {};

    const groupUsers = new Map<string, Set<string>>();
    for (const ref of asked) {
      const entity = entities.get(ref);
      if (!entity) {
        findings.push({
          severity: 'warning',
          code: 'ENTITY_NOT_FOUND',
          message: `${ref} is not in the catalog`,
          entityRef: ref,
        });
      } else if (entity.kind.toLocaleLowerCase('en-US') === 'group') {
        groupUsers.set(ref, await this.#usersOfGroup(entity, entities));
      }
    }

    const userRefs = [...groupUsers.values()].flatMap(s => [...s]);
    const users = await this.#fetch(
      userRefs.filter(ref => !entities.has(ref)),
      entities,
    );

    for (const ref of asked) {
      const entity = entities.get(ref);
      if (!entity) {
        people[ref] = [];
      } else if (entity.kind.toLocaleLowerCase('en-US') === 'user') {
        people[ref] = [personOf(entity)];
      } else {
        const members = [...(groupUsers.get(ref) ?? [])]
          .map(userRef => users.get(userRef))
          .filter(
            (u): u is Entity => u?.kind.toLocaleLowerCase('en-US') === 'user',
          )
          .map(personOf)
          .sort(byName);
        if (members.length === 0) {
          findings.push({
            severity: 'warning',
            code: 'GROUP_EMPTY',
            message: `${ref} has no member users`,
            entityRef: ref,
          });
        }
        people[ref] = members;
      }
    }
    return { people, findings };
  }

  /** Catalog users whose `spec.profile.email` is one of `emails` (case-insensitive). */
  async findUsersByEmail(emails: string[]): Promise<Map<string, Person>> {
    const result = new Map<string, Person>();
    if (emails.length === 0) {
      return result;
    }
    const { items } = await this.#catalog.getEntities(
      {
        filter: { kind: 'User', 'spec.profile.email': emails },
        fields: ['kind', 'metadata', 'spec.profile'],
      },
      { credentials: await this.#auth.getOwnServiceCredentials() },
    );
    for (const entity of items) {
      const person = personOf(entity);
      if (person.email) {
        result.set(person.email.toLocaleLowerCase('en-US'), person);
      }
    }
    return result;
  }

  /** The users of a group and, breadth first, of its sub-groups. */
  async #usersOfGroup(
    group: Entity,
    known: Map<string, Entity>,
  ): Promise<Set<string>> {
    const users = new Set<string>();
    const seen = new Set<string>([stringifyEntityRef(group)]);
    let level = [group];
    for (let depth = 0; level.length > 0 && depth < MAX_GROUP_DEPTH; depth++) {
      const children: string[] = [];
      for (const entity of level) {
        targets(entity, RELATION_HAS_MEMBER).forEach(u => users.add(u));
        for (const child of targets(entity, RELATION_PARENT_OF)) {
          if (!seen.has(child)) {
            seen.add(child);
            children.push(child);
          }
        }
      }
      const fetched = await this.#fetch(
        children.filter(c => !known.has(c)),
        known,
      );
      level = children.map(c => fetched.get(c)).filter((e): e is Entity => !!e);
    }
    return users;
  }

  /** Fetches entities by ref into `into` (and returns it); missing ones stay absent. */
  async #fetch(
    refs: string[],
    into: Map<string, Entity> = new Map(),
  ): Promise<Map<string, Entity>> {
    if (refs.length === 0) {
      return into;
    }
    const { items } = await this.#catalog.getEntitiesByRefs(
      { entityRefs: refs },
      { credentials: await this.#auth.getOwnServiceCredentials() },
    );
    items.forEach((entity, i) => {
      if (entity) {
        into.set(refs[i], entity);
      }
    });
    return into;
  }
}
