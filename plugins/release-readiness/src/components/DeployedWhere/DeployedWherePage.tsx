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
import { useFormatters } from '../shared/useFormatters';

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
  const { t } = useFormatters();

  return (
    <Stack spacing={2}>
      {paths && (
        <Link to={paths.system(system)}>
          {t('environment.page.allEnvironments', { system })}
        </Link>
      )}
      <Typography variant="h4" component="h1">
        {t('environment.deployed.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('environment.deployed.intro')}
      </Typography>
      <Card variant="outlined">
        <CardContent>
          <SourcedContent
            state={state}
            title={t('environment.deployed.loadError')}
          >
            {value => (
              <>
                <EnvironmentSourceIssues environments={value.environments} />
                {value.rows.length === 0 ? (
                  <EmptyState
                    missing="data"
                    title={t('environment.deployed.emptyTitle')}
                    description={t('environment.deployed.emptyDescription')}
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
