import { EmptyState } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { RELEASE_READINESS_WORKLOADS_ANNOTATION } from '@internal/backstage-plugin-release-readiness-common';
import { useVersions } from '../../hooks/useVersions';
import {
  EnvironmentSourceIssues,
  SourcedContent,
  VersionMatrix,
} from '../shared';
import { workloadNamesOf } from './workloadNamesOf';

function Matrix(props: { names: string[] }) {
  const state = useVersions(props.names);
  return (
    <SourcedContent
      state={state}
      title="Could not load where this component runs"
    >
      {value => (
        <>
          <EnvironmentSourceIssues environments={value.environments} />
          {value.rows.length === 0 ? (
            <EmptyState
              missing="data"
              title="Not running anywhere the board can see"
              description={`No environment lists a workload named ${props.names.join(
                ', ',
              )}.`}
            />
          ) : (
            <VersionMatrix versions={value} />
          )}
        </>
      )}
    </SourcedContent>
  );
}

/**
 * The entity tab: the workloads named by the component's `release-readiness.io/workloads`
 * annotation, per environment, with version, rollout status and drift.
 *
 * @public
 */
export function EntityWorkloadsContent() {
  const { entity } = useEntity();
  const names = workloadNamesOf(entity);
  return (
    <Card variant="outlined" component="section" aria-label="Deployed where">
      <CardContent>
        <Stack spacing={1}>
          <Typography variant="h6" component="h2">
            Deployed where
          </Typography>
          {names.length === 0 ? (
            <EmptyState
              missing="info"
              title="No workloads linked"
              description={`Add the annotation ${RELEASE_READINESS_WORKLOADS_ANNOTATION}: <workload names, comma-separated> to this entity.`}
            />
          ) : (
            <Matrix names={names} />
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
