import { coreExtensionData } from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { releaseReadinessSystemEntityContent } from '../../plugin';

const entity = (kind: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name: 'servanda' },
});

describe('releaseReadinessSystemEntityContent', () => {
  it('is a "Release readiness" tab on every catalog System, and only there', () => {
    const tester = createExtensionTester(releaseReadinessSystemEntityContent);
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe(
      'Release readiness',
    );
    expect(tester.get(coreExtensionData.routePath)).toBe('/release-readiness');
    const filter = tester.get(EntityContentBlueprint.dataRefs.filterFunction);
    expect(filter).toBeDefined();
    expect(filter!(entity('System'))).toBe(true);
    expect(filter!(entity('system'))).toBe(true);
    expect(filter!(entity('Component'))).toBe(false);
    expect(filter!(entity('Domain'))).toBe(false);
  });
});
