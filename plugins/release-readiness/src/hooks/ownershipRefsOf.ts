import { RELATION_CHILD_OF } from '@backstage/catalog-model';
import type { IdentityApi } from '@backstage/frontend-plugin-api';
import type { CatalogApi } from '@backstage/plugin-catalog-react';

/** How many levels of parent groups count as the user's own (team → department → …). */
const MAX_DEPTH = 5;

/**
 * The entity refs the signed-in user owns or belongs to, lower-cased: the identity's
 * `ownershipEntityRefs` (the user and its groups) and, read from the catalog, the groups those
 * groups are part of (`childOf`), so a member of `servanda-oncall` belongs to `servanda` too.
 * Without a catalog, or when it cannot be read, only the identity's refs.
 */
export async function ownershipRefsOf(
  identityApi: Pick<IdentityApi, 'getBackstageIdentity'>,
  catalogApi: Pick<CatalogApi, 'getEntitiesByRefs'> | undefined,
): Promise<Set<string>> {
  const identity = await identityApi.getBackstageIdentity();
  const refs = new Set(
    identity.ownershipEntityRefs.map(ref => ref.toLocaleLowerCase('en-US')),
  );
  if (!catalogApi) {
    return refs;
  }
  let frontier = [...refs].filter(ref => ref.startsWith('group:'));
  try {
    for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0; depth++) {
      const { items } = await catalogApi.getEntitiesByRefs({
        entityRefs: frontier,
        fields: ['relations'],
      });
      const next: string[] = [];
      for (const group of items) {
        for (const relation of group?.relations ?? []) {
          const parent = relation.targetRef.toLocaleLowerCase('en-US');
          if (relation.type === RELATION_CHILD_OF && !refs.has(parent)) {
            refs.add(parent);
            next.push(parent);
          }
        }
      }
      frontier = next;
    }
  } catch {
    // Ordering by ownership is a convenience: without the catalog, the identity's refs still count.
  }
  return refs;
}
