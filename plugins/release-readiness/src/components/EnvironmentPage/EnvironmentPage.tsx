import { Link, Progress } from '@backstage/core-components';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useParams } from 'react-router-dom';
import { useEnvironment } from '../../hooks/useEnvironment';
import { LoadError } from '../LoadError';
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
  const { value: environment, loading, error, retry } = useEnvironment(env);

  if (loading) {
    return <Progress />;
  }
  if (error || !environment) {
    return (
      <>
        <Link to="..">All environments</Link>
        <LoadError
          error={error}
          title={`Could not load '${env}'`}
          onRetry={retry}
        />
      </>
    );
  }
  const target = environment.kubernetes;
  return (
    <Stack spacing={2}>
      <Link to="..">All environments</Link>
      <Box component="header">
        <Stack direction="row" spacing={1} alignItems="center">
          <Typography variant="h4" component="h1">
            {environment.title}
          </Typography>
          {target?.airGapped && (
            <Chip size="small" color="info" label="air-gapped" />
          )}
        </Stack>
        {environment.description && (
          <Typography variant="body2" color="text.secondary">
            {environment.description}
          </Typography>
        )}
        <Typography variant="body2">
          <strong>Promotion:</strong> {environment.promotion ?? 'not described'}
          {' · '}
          <strong>Kubernetes:</strong>{' '}
          {target
            ? `${target.cluster ? `${target.cluster} / ` : ''}${
                target.namespace
              }`
            : 'not configured'}
        </Typography>
      </Box>
      <ReadinessSection environment={environment.name} />
      <WorkloadsTable environment={environment.name} />
      <Grid container spacing={2}>
        <Grid item xs={12} xl={5}>
          <OnCallCard environment={environment.name} />
        </Grid>
        <Grid item xs={12} xl={7}>
          <RaciMatrix environment={environment.name} />
        </Grid>
      </Grid>
      <CalendarCard environment={environment.name} />
    </Stack>
  );
}
