import type { Entity } from '@backstage/catalog-model';

/**
 * A catalog System whose policy is its team's `release-readiness.yaml`, next to its
 * `catalog-info.yaml` at `<base>/<name>/`; owned by `<name>-release-captains`.
 */
export function teamSystem(name: string, base: string, title?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: {
      name,
      namespace: 'default',
      ...(title !== undefined && { title }),
      annotations: {
        'release-readiness.io/policy': './release-readiness.yaml',
        'backstage.io/managed-by-location': `url:${base}/${name}/catalog-info.yaml`,
      },
    },
    spec: { owner: `${name}-release-captains` },
  };
}
