import { EmptyState } from '@backstage/core-components';
import { identityApiRef, useApi } from '@backstage/frontend-plugin-api';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import useAsync from 'react-use/esm/useAsync';
import { useRollbacks } from '../../hooks/useRollbacks';
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
  const user = useAsync(
    async () => (await identityApi.getBackstageIdentity()).userEntityRef,
    [identityApi],
  ).value;

  return (
    <Card variant="outlined" component="section" aria-label="Rollbacks">
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          Rollbacks
        </Typography>
        <SourcedContent
          state={state}
          title="Could not load the rollbacks"
          keepWhileLoading
        >
          {value =>
            value.items.length === 0 ? (
              <EmptyState
                missing="data"
                title="No rollbacks"
                description={`Nobody has rolled a workload of ${environment} back from the portal yet. "Roll back…" on a workload starts one.`}
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
