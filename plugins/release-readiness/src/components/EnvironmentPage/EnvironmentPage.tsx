import { Link, Progress, ResponseErrorPanel } from '@backstage/core-components';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useParams } from 'react-router-dom';
import { useEnvironment } from '../../hooks/useEnvironment';
import { WorkloadsTable } from '../WorkloadsTable';
import { OnCallCard } from '../OnCallCard';
import { RaciMatrix } from '../RaciMatrix';
import { ReadinessSection } from '../ReadinessSection';
import { CalendarCard } from '../CalendarCard';

/**
 * Everything about one environment, for the release captain and the go/no-go meeting.
 *
 * @public
 */
export function EnvironmentPage() {
  const { env = '' } = useParams();
  const { value: environment, loading, error } = useEnvironment(env);

  if (loading) {
    return <Progress />;
  }
  if (error || !environment) {
    return (
      <>
        <Link to="..">All environments</Link>
        <ResponseErrorPanel
          error={error ?? new Error('No data')}
          title={`Could not load '${env}'`}
        />
      </>
    );
  }
  const target = environment.kubernetes;
  return (
    <Stack spacing={2}>
      <Link to="..">All environments</Link>
      <Stack direction="row" spacing={1} alignItems="center">
        <Typography variant="h4" component="h1">
          {environment.title}
        </Typography>
        {target?.airGapped && (
          <Chip size="small" color="info" label="air-gapped" />
        )}
      </Stack>
      <Grid container spacing={2}>
        <Grid item xs={12}>
          <ReadinessSection environment={environment.name} />
        </Grid>
        <Grid item xs={12} md={6}>
          <Card variant="outlined" component="section" aria-label="About">
            <CardContent>
              <Typography variant="h6" component="h2" gutterBottom>
                About
              </Typography>
              {environment.description && (
                <Typography variant="body2" gutterBottom>
                  {environment.description}
                </Typography>
              )}
              <Typography variant="body2">
                <strong>Promotion:</strong>{' '}
                {environment.promotion ?? 'not described'}
              </Typography>
              <Typography variant="body2">
                <strong>Kubernetes:</strong>{' '}
                {target
                  ? `${target.cluster ? `${target.cluster} / ` : ''}${
                      target.namespace
                    }`
                  : 'not configured'}
              </Typography>
            </CardContent>
          </Card>
        </Grid>
        <Grid item xs={12} md={6}>
          <OnCallCard environment={environment.name} />
        </Grid>
        <Grid item xs={12}>
          <WorkloadsTable environment={environment.name} />
        </Grid>
        <Grid item xs={12}>
          <RaciMatrix environment={environment.name} />
        </Grid>
        <Grid item xs={12}>
          <CalendarCard environment={environment.name} />
        </Grid>
      </Grid>
    </Stack>
  );
}
