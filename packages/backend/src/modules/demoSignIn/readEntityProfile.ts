import { Entity } from '@backstage/catalog-model';
import { z } from 'zod';

/** What a catalog user or group shows of itself. */
export interface EntityProfile {
  displayName: string;
  email?: string;
  picture?: string;
}

const profileSchema = z.object({
  displayName: z.string().min(1).optional().catch(undefined),
  email: z.string().min(1).optional().catch(undefined),
  picture: z.string().min(1).optional().catch(undefined),
});

/**
 * The display name, e-mail and picture of a catalog `User` or `Group`: `spec.profile` where it is
 * set, else the entity's title or name for the display name.
 */
export function readEntityProfile(entity: Entity): EntityProfile {
  const parsed = profileSchema.safeParse(entity.spec?.profile);
  const profile = parsed.success ? parsed.data : {};
  return {
    displayName:
      profile.displayName ?? entity.metadata.title ?? entity.metadata.name,
    ...(profile.email && { email: profile.email }),
    ...(profile.picture && { picture: profile.picture }),
  };
}
