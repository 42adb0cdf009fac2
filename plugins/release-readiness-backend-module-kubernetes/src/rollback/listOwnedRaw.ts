import type { z } from 'zod';
import { isControlledBy } from './isControlledBy';
import { KubernetesApi } from './KubernetesApi';
import { listAllRaw } from './listAllRaw';
import type { ObjectMetadata } from './RevisionedObjects';

/** One LIST page as its schema reads it. */
export interface OwnedPage<T> {
  items: T[];
  metadata?: { continue?: string };
}

/**
 * Every object of a namespace's `resource` whose controller owner reference names `owner`
 * ({@link isControlledBy}), each LIST page read with `schema` ({@link listAllRaw}).
 *
 * @throws the errors of {@link listAllRaw}
 */
export function listOwnedRaw<T extends { metadata: ObjectMetadata }>(options: {
  api: KubernetesApi;
  namespace: string;
  resource: 'replicasets' | 'controllerrevisions';
  schema: z.ZodType<OwnedPage<T>>;
  owner: { kind: string; uid?: string };
  cluster: string;
  signal: AbortSignal;
}): Promise<T[]> {
  const { schema, owner, ...list } = options;
  return listAllRaw({
    ...list,
    parse: body => {
      const page = schema.safeParse(body);
      return page.success
        ? { items: page.data.items, next: page.data.metadata?.continue }
        : undefined;
    },
    keep: item => isControlledBy(item.metadata, owner),
  });
}
