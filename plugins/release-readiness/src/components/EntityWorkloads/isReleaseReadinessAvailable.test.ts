import type { Entity } from '@backstage/catalog-model';
import { isReleaseReadinessAvailable } from './isReleaseReadinessAvailable';

function component(annotation?: string, system?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'servanda-backend',
      ...(annotation !== undefined && {
        annotations: { 'release-readiness.io/workloads': annotation },
      }),
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'servanda',
      ...(system !== undefined && { system }),
    },
  };
}

describe('isReleaseReadinessAvailable', () => {
  it('is true only for entities that name workloads', () => {
    expect(isReleaseReadinessAvailable(component('servanda-api'))).toBe(true);
    expect(isReleaseReadinessAvailable(component(' , '))).toBe(false);
    expect(isReleaseReadinessAvailable(component())).toBe(false);
  });

  it('is true for a component of a system, and for no other kind of the same system', () => {
    expect(isReleaseReadinessAvailable(component(undefined, 'servanda'))).toBe(
      true,
    );
    expect(
      isReleaseReadinessAvailable({
        ...component(undefined, 'servanda'),
        kind: 'Resource',
      }),
    ).toBe(false);
    expect(
      isReleaseReadinessAvailable(component(undefined, 'group:default/x')),
    ).toBe(false);
  });
});
