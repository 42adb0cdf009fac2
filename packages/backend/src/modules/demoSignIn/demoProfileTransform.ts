import { NotFoundError } from '@backstage/errors';
import type { ProfileTransform } from '@backstage/plugin-auth-node';
import type { DemoAuthResult } from './DemoAuthResult';
import { readEntityProfile } from './readEntityProfile';

/**
 * The signed-in person's profile (display name, e-mail, picture) from their catalog `User` entity.
 * A ref that is not a catalog user is refused with 404 `User not found`.
 */
export const demoProfileTransform: ProfileTransform<DemoAuthResult> = async (
  result,
  ctx,
) => {
  const { entity } = await ctx.findCatalogUser({
    entityRef: result.userEntityRef,
  });
  if (entity.kind.toLocaleLowerCase('en-US') !== 'user') {
    throw new NotFoundError('User not found');
  }
  return { profile: readEntityProfile(entity) };
};
