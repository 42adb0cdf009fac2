import { EmptyState, Link } from '@backstage/core-components';
import { useParams } from 'react-router-dom';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useVersions } from '../../hooks/useVersions';
import {
  EnvironmentSourceIssues,
  SourcedContent,
  useBoardPaths,
  VersionMatrix,
} from '../shared';

/**
 * "What's deployed where" for the system of the route (`:system`): every workload in every
 * environment, with drift highlighted.
 *
 * @public
 */
export function DeployedWherePage() {
  const { system = '' } = useParams();
  const state = useVersions(system);
  const paths = useBoardPaths();

  return (
    <Stack spacing={2}>
      {paths && (
        <Link to={paths.system(system)}>All environments of {system}</Link>
      )}
      <Typography variant="h4" component="h1">
        What's deployed where
      </Typography>
      <Typography variant="body2" color="text.secondary">
        Each workload's version and rollout status per environment, in promotion
        order. Rows whose environments run different versions are marked as
        drift.
      </Typography>
      <Card variant="outlined">
        <CardContent>
          <SourcedContent
            state={state}
            title="Could not load what is deployed where"
          >
            {value => (
              <>
                <EnvironmentSourceIssues environments={value.environments} />
                {value.rows.length === 0 ? (
                  <EmptyState
                    missing="data"
                    title="No workloads known"
                    description="No environment's workload source lists any workload yet (see the messages above, or configure workloads per environment)."
                  />
                ) : (
                  <VersionMatrix
                    versions={value}
                    environmentLink={
                      paths && (env => paths.environment(system, env))
                    }
                  />
                )}
              </>
            )}
          </SourcedContent>
        </CardContent>
      </Card>
    </Stack>
  );
}
