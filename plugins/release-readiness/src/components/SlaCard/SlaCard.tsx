import { EmptyState } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Alert from '@mui/material/Alert';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useSla } from '../../hooks/useSla';
import { SourcedContent } from '../shared';
import { SlaServiceSection } from './SlaServiceSection';
import { releaseReadinessTranslationRef } from '../../translations/releaseReadinessTranslationRef';

/**
 * The SLA of one environment: per service its objectives against their targets (no data and
 * insufficient data shown as such, never as 100 %), its post-deploy limits and rollback triggers
 * (firing or quiet), its error budget with a sparkline and its burn rates, with the source's
 * "as of" time, and a banner with the reason when the source is stale or unavailable.
 *
 * @public
 */
export function SlaCard(props: { system: string; environment: string }) {
  const { system, environment } = props;
  const state = useSla(system, environment);
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const notConfigured = {
    title: t('sla.card.notConfiguredTitle'),
    description: t('sla.card.notConfiguredDescription', { environment }),
  };
  return (
    <Card
      variant="outlined"
      component="section"
      aria-label={t('sla.card.label')}
    >
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {t('sla.card.title')}
        </Typography>
        <SourcedContent
          state={state}
          title={t('sla.card.loadError')}
          source={value => value.source}
          notConfigured={notConfigured}
        >
          {sla =>
            sla.services.length === 0 ? (
              <EmptyState missing="content" {...notConfigured} />
            ) : (
              <Stack spacing={2} divider={<Divider flexItem />}>
                {sla.warnings !== undefined && sla.warnings > 0 && (
                  <Alert severity="warning">
                    {t('sla.card.partialData', { count: sla.warnings })}
                  </Alert>
                )}
                {sla.services.map(service => (
                  <SlaServiceSection key={service.name} service={service} />
                ))}
              </Stack>
            )
          }
        </SourcedContent>
      </CardContent>
    </Card>
  );
}
