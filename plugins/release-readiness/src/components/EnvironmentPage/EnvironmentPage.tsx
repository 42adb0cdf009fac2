import { Link } from '@backstage/core-components';
import Box from '@mui/material/Box';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useParams } from 'react-router-dom';
import { useEnvironment } from '../../hooks/useEnvironment';
import { AirGappedChip, SourcedContent, useBoardPaths } from '../shared';
import { WorkloadsTable } from '../WorkloadsTable';
import { OnCallCard } from '../OnCallCard';
import { RaciMatrix } from '../RaciMatrix';
import { ReadinessSection } from '../ReadinessSection';
import { CalendarCard } from '../CalendarCard';

/**
 * Everything about one environment of a system (`:system` and `:env` of the route), for the
 * release captain and the go/no-go meeting.
 *
 * @public
 */
export function EnvironmentPage() {
  const { system = '', env = '' } = useParams();
  const state = useEnvironment(system, env);
  const paths = useBoardPaths();
  return (
    <Stack spacing={2}>
      {paths && (
        <Link to={paths.system(system)}>All environments of {system}</Link>
      )}
      <SourcedContent
        state={state}
        title={`Could not load '${env}' of '${system}'`}
      >
        {environment => (
          <>
            <Box component="header">
              <Stack direction="row" spacing={1} alignItems="center">
                <Typography variant="h4" component="h1">
                  {environment.title}
                </Typography>
                <AirGappedChip target={environment.target} />
              </Stack>
              {environment.description && (
                <Typography variant="body2" color="text.secondary">
                  {environment.description}
                </Typography>
              )}
              <Typography variant="body2">
                <strong>Promotion:</strong>{' '}
                {environment.promotion ?? 'not described'}
                {' · '}
                <strong>Runs on:</strong>{' '}
                {environment.target?.label ?? 'not described'}
              </Typography>
            </Box>
            <ReadinessSection system={system} environment={environment.name} />
            <WorkloadsTable
              system={system}
              environment={environment.name}
              target={environment.target}
            />
            <Grid container spacing={2}>
              <Grid item xs={12} xl={5}>
                <OnCallCard system={system} environment={environment.name} />
              </Grid>
              <Grid item xs={12} xl={7}>
                <RaciMatrix system={system} environment={environment.name} />
              </Grid>
            </Grid>
            <CalendarCard system={system} environment={environment.name} />
          </>
        )}
      </SourcedContent>
    </Stack>
  );
}
