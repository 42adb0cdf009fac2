import { EmptyState } from '@backstage/core-components';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { EnvironmentTarget } from '@release-readiness/plugin-release-readiness-common';
import { useWorkloads } from '../../hooks/useWorkloads';
import { RollbackButton } from '../Rollbacks';
import { SourcedContent } from '../shared';
import { WorkloadRow } from './WorkloadRow';

const COLUMNS = [
  'Status',
  'Workload',
  'Version',
  'Replicas',
  'Restarts',
  'Findings',
  'Managed by',
  'Revision',
  'Actions',
];

/**
 * The workloads of one environment: rollout status, version, replicas and HPA, restarts,
 * hygiene findings, manager and revision, with the source's "as of" and a banner when it is
 * stale or unavailable. With the environment's `target`, the heading says whether the workloads
 * are read live or from an offline snapshot. Each row's actions offer "Roll back…" (see
 * {@link RollbackButton}).
 *
 * @public
 */
export function WorkloadsTable(props: {
  system: string;
  environment: string;
  /** Where the environment runs, as its summary says. */
  target?: EnvironmentTarget;
}) {
  const { system, environment, target } = props;
  const state = useWorkloads(system, environment);
  const loaded = state.value !== undefined;

  return (
    <Card variant="outlined" component="section" aria-label="Workloads">
      <CardContent>
        <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 1 }}>
          <Typography variant="h6" component="h2">
            Workloads
          </Typography>
          {loaded && target?.offline && (
            <Chip size="small" color="info" label="offline snapshot" />
          )}
          {loaded && target && !target.offline && (
            <Chip size="small" variant="outlined" label="live" />
          )}
        </Stack>
        <SourcedContent
          state={state}
          title="Could not load the workloads"
          source={value => value.source}
        >
          {value =>
            value.items.length === 0 ? (
              <EmptyState
                missing="data"
                title="No workloads"
                description="The source lists no Deployments, StatefulSets, DaemonSets or CronJobs here. Check the namespace and the label selector."
              />
            ) : (
              <TableContainer>
                <Table size="small" aria-label={`Workloads of ${environment}`}>
                  <TableHead>
                    <TableRow>
                      {COLUMNS.map(c => (
                        <TableCell
                          key={c}
                          align={c === 'Restarts' ? 'right' : 'left'}
                        >
                          {c}
                        </TableCell>
                      ))}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {value.items.map(w => (
                      <WorkloadRow
                        key={`${w.kind}/${w.name}`}
                        workload={w}
                        actions={
                          <RollbackButton
                            system={system}
                            environment={environment}
                            workload={w}
                            airGapped={target?.offline}
                          />
                        }
                      />
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
            )
          }
        </SourcedContent>
      </CardContent>
    </Card>
  );
}
