import plugin, { releaseReadinessPlugin, ReleaseReadinessPage } from './index';

describe('release-readiness frontend plugin', () => {
  it('exports a new-frontend-system plugin as default', () => {
    expect(plugin.$$type).toBe('@backstage/FrontendPlugin');
    expect(plugin.id).toBe('release-readiness');
  });

  it('exports a legacy plugin with a routable page', () => {
    expect(releaseReadinessPlugin.getId()).toBe('release-readiness');
    expect(ReleaseReadinessPage).toBeDefined();
  });
});
