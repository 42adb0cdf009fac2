import { Header, Page } from '@backstage/core-components';
import { ReleaseReadinessRouter } from './ReleaseReadinessRouter';
import { useFormatters } from '../shared/useFormatters';

/**
 * The page for legacy (`createPlugin`) apps, which expect a plugin page to draw its own header.
 * The new frontend system draws the header itself and mounts {@link ReleaseReadinessRouter}.
 */
export function LegacyReleaseReadinessPage() {
  const { t } = useFormatters();
  return (
    <Page themeId="tool">
      <Header title={t('board.pageTitle')} subtitle={t('board.pageSubtitle')} />
      <ReleaseReadinessRouter />
    </Page>
  );
}
