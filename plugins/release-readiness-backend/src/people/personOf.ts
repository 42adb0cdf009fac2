import {
  Entity,
  stringifyEntityRef,
  UserEntity,
} from '@backstage/catalog-model';
import {
  safeHttpUrl,
  type Person,
} from '@release-readiness/plugin-release-readiness-common';

/**
 * A catalog `User` entity as a {@link Person}: display name, e-mail and picture. A picture that
 * is not an http(s) URL (e.g. `javascript:` or `data:`) is dropped.
 */
export function personOf(entity: Entity): Person {
  const profile = (entity as UserEntity).spec?.profile;
  const picture =
    typeof profile?.picture === 'string'
      ? safeHttpUrl(profile.picture)
      : undefined;
  return {
    entityRef: stringifyEntityRef(entity),
    displayName:
      profile?.displayName || entity.metadata.title || entity.metadata.name,
    ...(profile?.email && { email: profile.email }),
    ...(picture && { picture }),
  };
}
