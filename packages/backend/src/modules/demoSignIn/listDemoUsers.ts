import type { AuthService } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  RELATION_MEMBER_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { readEntityProfile } from './readEntityProfile';

/** A group a demo person belongs to. */
export interface DemoUserGroup {
  entityRef: string;
  displayName: string;
}

/** A person to sign in as: a catalog `User`, with nothing but what the picker shows. */
export interface DemoUser {
  entityRef: string;
  displayName: string;
  /** The groups the user is a direct member of, by display name. */
  groups: DemoUserGroup[];
}

const PROFILE_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.title',
  'spec.profile.displayName',
];

function byDisplayName(
  a: { displayName: string },
  b: { displayName: string },
): number {
  return a.displayName.localeCompare(b.displayName, 'en');
}

function groupRefsOf(user: Entity): string[] {
  const refs = (user.relations ?? [])
    .filter(
      r => r.type === RELATION_MEMBER_OF && r.targetRef.startsWith('group:'),
    )
    .map(r => r.targetRef.toLocaleLowerCase('en-US'));
  return [...new Set(refs)];
}

/**
 * Every `User` of the catalog with their display name and direct groups (`memberOf` relations,
 * the groups sign-in puts into the ownership refs), sorted by name. Reads with the module's own
 * service credentials.
 */
export async function listDemoUsers(options: {
  catalog: CatalogService;
  auth: AuthService;
}): Promise<DemoUser[]> {
  const { catalog, auth } = options;
  const credentials = await auth.getOwnServiceCredentials();
  const { items: users } = await catalog.getEntities(
    { filter: { kind: 'User' }, fields: [...PROFILE_FIELDS, 'relations'] },
    { credentials },
  );

  const groupRefs = [...new Set(users.flatMap(groupRefsOf))];
  const groupNames = new Map<string, string>();
  if (groupRefs.length > 0) {
    const { items: groups } = await catalog.getEntitiesByRefs(
      { entityRefs: groupRefs, fields: PROFILE_FIELDS },
      { credentials },
    );
    groups.forEach((group, i) => {
      groupNames.set(
        groupRefs[i],
        group
          ? readEntityProfile(group).displayName
          : parseEntityRef(groupRefs[i]).name,
      );
    });
  }

  return users
    .filter(user => user.kind.toLocaleLowerCase('en-US') === 'user')
    .map(user => ({
      entityRef: stringifyEntityRef(user),
      displayName: readEntityProfile(user).displayName,
      groups: groupRefsOf(user)
        .map(entityRef => ({
          entityRef,
          displayName: groupNames.get(entityRef) ?? entityRef,
        }))
        .sort(byDisplayName),
    }))
    .sort(byDisplayName);
}
