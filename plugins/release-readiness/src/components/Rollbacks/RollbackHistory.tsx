import { EmptyState } from '@backstage/core-components';
import {
  identityApiRef,
  useApi,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import useAsync from 'react-use/esm/useAsync';
import { useRollbacks } from '../../hooks/useRollbacks';
import { releaseReadinessTranslationRef } from '../../translations/releaseReadinessTranslationRef';
import { SourcedContent } from '../shared';
import { RollbackItem } from './RollbackItem';

/**
 * The rollback history of one environment, newest first: each record's workload, from → to,
 * actor and reason, outcome, verification checks, start and end, pipeline run and follow-ups
 * (with buttons for the rollback's actor). Reloads live on `release-readiness:rollbacks` signals
 * and every 15 s while a rollback is being verified.
 *
 * @public
 */
export function RollbackHistory(props: {
  system: string;
  environment: string;
}) {
  const { system, environment } = props;
  const state = useRollbacks(system, environment);
  const identityApi = useApi(identityApiRef);
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const user = useAsync(
    async () => (await identityApi.getBackstageIdentity()).userEntityRef,
    [identityApi],
  ).value;

  return (
    <Card
      variant="outlined"
      component="section"
      aria-label={t('rollbacks.history.title')}
    >
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          {t('rollbacks.history.title')}
        </Typography>
        <SourcedContent
          state={state}
          title={t('rollbacks.history.loadError')}
          keepWhileLoading
        >
          {value =>
            value.items.length === 0 ? (
              <EmptyState
                missing="data"
                title={t('rollbacks.history.emptyTitle')}
                description={t('rollbacks.history.emptyDescription', {
                  environment,
                })}
              />
            ) : (
              <Stack component="ul" sx={{ m: 0, p: 0 }}>
                {value.items.map(record => (
                  <RollbackItem
                    key={record.id}
                    record={record}
                    user={user}
                    onUpdated={state.retry}
                  />
                ))}
              </Stack>
            )
          }
        </SourcedContent>
      </CardContent>
    </Card>
  );
}
