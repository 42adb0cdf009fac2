import { EmptyState } from '@backstage/core-components';
import Alert from '@mui/material/Alert';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useSla } from '../../hooks/useSla';
import { SourcedContent } from '../shared';
import { SlaServiceSection } from './SlaServiceSection';

function notConfigured(environment: string) {
  return {
    title: 'No SLA objectives are configured for this environment',
    description: `Define them under environments.${environment}.sla (sla.source and sla.services) in the system's release policy.`,
  };
}

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
  return (
    <Card variant="outlined" component="section" aria-label="SLA">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          SLA
        </Typography>
        <SourcedContent
          state={state}
          title="Could not load the SLA"
          source={value => value.source}
          notConfigured={notConfigured(environment)}
        >
          {sla =>
            sla.services.length === 0 ? (
              <EmptyState missing="content" {...notConfigured(environment)} />
            ) : (
              <Stack spacing={2} divider={<Divider flexItem />}>
                {sla.warnings !== undefined && sla.warnings > 0 && (
                  <Alert severity="warning">
                    The source returned partial data ({sla.warnings} warning
                    {sla.warnings === 1 ? '' : 's'}): every result is unknown.
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
