import {
  Entity,
  stringifyEntityRef,
  UserEntity,
} from '@backstage/catalog-model';
import type { Person } from '@internal/backstage-plugin-release-readiness-common';

/** A catalog `User` entity as a {@link Person}: display name, e-mail and picture. */
export function personOf(entity: Entity): Person {
  const profile = (entity as UserEntity).spec?.profile;
  return {
    entityRef: stringifyEntityRef(entity),
    displayName:
      profile?.displayName || entity.metadata.title || entity.metadata.name,
    ...(profile?.email && { email: profile.email }),
    ...(profile?.picture && { picture: profile.picture }),
  };
}
