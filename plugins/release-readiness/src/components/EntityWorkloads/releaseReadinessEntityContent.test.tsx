import { createExtensionTester } from '@backstage/frontend-test-utils';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { releaseReadinessEntityContent } from '../../plugin';

const entity = (
  annotations?: Record<string, string>,
  spec?: Record<string, string>,
  kind = 'Component',
) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name: 'servanda-api', ...(annotations && { annotations }) },
  ...(spec && { spec }),
});

describe('releaseReadinessEntityContent', () => {
  it('is a "Release readiness" tab shown only on entities that name their workloads or components of a system', () => {
    const tester = createExtensionTester(releaseReadinessEntityContent);
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe(
      'Release readiness',
    );
    const filter = tester.get(EntityContentBlueprint.dataRefs.filterFunction);
    expect(filter).toBeDefined();
    expect(
      filter!(entity({ 'release-readiness.io/workloads': 'servanda-api' })),
    ).toBe(true);
    expect(
      filter!(entity({ 'backstage.io/kubernetes-id': 'servanda-api' })),
    ).toBe(false);
    expect(filter!(entity())).toBe(false);
    expect(filter!(entity(undefined, { system: 'servanda' }))).toBe(true);
    expect(filter!(entity(undefined, { system: 'servanda' }, 'Resource'))).toBe(
      false,
    );
  });
});
