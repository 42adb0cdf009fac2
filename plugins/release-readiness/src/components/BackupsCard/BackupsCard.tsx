import { EmptyState } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useBackups } from '../../hooks/useBackups';
import { SourcedContent } from '../shared';
import { BackupItemsTable } from './BackupItemsTable';
import { RestoreTestSection } from './RestoreTestSection';
import { releaseReadinessTranslationRef } from '../../translations/releaseReadinessTranslationRef';

/**
 * The backups of one environment: each item's age against its RPO ("20 h ago, RPO 24 h") with its
 * status, detail and evidence link, the WAL lag against its max lag, and the restore test against
 * its max age with its recent records and "Record a restore test"; with the sources' "as of" time
 * and a banner with the reason when they are stale or unavailable.
 *
 * @public
 */
export function BackupsCard(props: { system: string; environment: string }) {
  const { system, environment } = props;
  const state = useBackups(system, environment);
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const notConfigured = {
    title: t('backups.card.notConfiguredTitle'),
    description: t('backups.card.notConfiguredDescription', { environment }),
  };
  return (
    <Card
      variant="outlined"
      component="section"
      aria-label={t('backups.card.label')}
    >
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {t('backups.card.title')}
        </Typography>
        <SourcedContent
          state={state}
          title={t('backups.card.loadError')}
          source={value => value.source}
          notConfigured={notConfigured}
          keepWhileLoading
          contentWhenUnavailable
        >
          {backups =>
            backups.items.length === 0 &&
            !backups.walLag &&
            !backups.restoreTest ? (
              <EmptyState missing="content" {...notConfigured} />
            ) : (
              <Stack spacing={2}>
                {(backups.items.length > 0 || backups.walLag) && (
                  <BackupItemsTable
                    items={backups.items}
                    walLag={backups.walLag}
                  />
                )}
                <RestoreTestSection
                  system={system}
                  environment={environment}
                  restoreTest={backups.restoreTest}
                  onRecorded={state.retry}
                />
              </Stack>
            )
          }
        </SourcedContent>
      </CardContent>
    </Card>
  );
}
