import { EmptyState, Link, Progress } from '@backstage/core-components';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useVersions } from '../../hooks/useVersions';
import { SourceStatus } from '../SourceStatus';
import { VersionMatrix } from './VersionMatrix';
import { LoadError } from '../LoadError';

/**
 * "What's deployed where": every workload in every environment, with drift highlighted.
 *
 * @public
 */
export function DeployedWherePage() {
  const { value, loading, error, retry } = useVersions();

  let body;
  if (loading) {
    body = <Progress />;
  } else if (error || !value) {
    body = (
      <LoadError
        error={error}
        title="Could not load what is deployed where"
        onRetry={retry}
      />
    );
  } else {
    const troubled = value.environments.filter(e => e.source.status !== 'ok');
    body = (
      <>
        {troubled.map(e => (
          <div key={e.name} aria-label={`Source of ${e.title}`}>
            <Typography variant="subtitle2">{e.title}</Typography>
            <SourceStatus source={e.source} />
          </div>
        ))}
        {value.rows.length === 0 ? (
          <EmptyState
            missing="data"
            title="No workloads known"
            description="No environment's workload source lists any workload yet (see the messages above, or configure workloads per environment)."
          />
        ) : (
          <VersionMatrix versions={value} environmentLinkPrefix="../env/" />
        )}
      </>
    );
  }

  return (
    <Stack spacing={2}>
      <Link to="..">All environments</Link>
      <Typography variant="h4" component="h1">
        What's deployed where
      </Typography>
      <Typography variant="body2" color="text.secondary">
        Each workload's version and rollout status per environment, in promotion
        order. Rows whose environments run different versions are marked as
        drift.
      </Typography>
      <Card variant="outlined">
        <CardContent>{body}</CardContent>
      </Card>
    </Stack>
  );
}
