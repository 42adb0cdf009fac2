import { Header, Page } from '@backstage/core-components';
import { ReleaseReadinessRouter } from './ReleaseReadinessRouter';

/**
 * The page for legacy (`createPlugin`) apps, which expect a plugin page to draw its own header.
 * The new frontend system draws the header itself and mounts {@link ReleaseReadinessRouter}.
 */
export function LegacyReleaseReadinessPage() {
  return (
    <Page themeId="tool">
      <Header
        title="Release readiness"
        subtitle="What runs where, and may it go live?"
      />
      <ReleaseReadinessRouter />
    </Page>
  );
}
