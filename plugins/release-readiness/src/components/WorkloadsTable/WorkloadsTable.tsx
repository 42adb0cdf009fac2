import { EmptyState, Progress } from '@backstage/core-components';
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
import { useWorkloads } from '../../hooks/useWorkloads';
import { SourceStatus } from '../SourceStatus';
import { WorkloadRow } from './WorkloadRow';
import { LoadError } from '../LoadError';

const COLUMNS = [
  'Status',
  'Workload',
  'Version',
  'Replicas',
  'Restarts',
  'Findings',
  'Managed by',
  'Revision',
];

/**
 * The workloads of one environment: rollout status, version, replicas and HPA, restarts,
 * hygiene findings, manager and revision, with the source's "as of" and a banner when it is
 * stale or unavailable.
 *
 * @public
 */
export function WorkloadsTable(props: { environment: string }) {
  const { environment } = props;
  const { value, loading, error, retry } = useWorkloads(environment);

  let body;
  if (loading) {
    body = <Progress />;
  } else if (error || !value) {
    body = (
      <LoadError
        error={error}
        title="Could not load the workloads"
        onRetry={retry}
      />
    );
  } else {
    const unavailable = value.source.status === 'unavailable';
    body = (
      <>
        <SourceStatus source={value.source} />
        {!unavailable && value.items.length === 0 && (
          <EmptyState
            missing="data"
            title="No workloads"
            description="The source lists no Deployments, StatefulSets, DaemonSets or CronJobs here. Check the namespace and the label selector."
          />
        )}
        {value.items.length > 0 && (
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
                  <WorkloadRow key={`${w.kind}/${w.name}`} workload={w} />
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </>
    );
  }

  return (
    <Card variant="outlined" component="section" aria-label="Workloads">
      <CardContent>
        <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 1 }}>
          <Typography variant="h6" component="h2">
            Workloads
          </Typography>
          {value?.sourceType === 'snapshot' && (
            <Chip size="small" color="info" label="offline snapshot" />
          )}
          {value?.sourceType === 'kubernetes' && (
            <Chip size="small" variant="outlined" label="live" />
          )}
        </Stack>
        {body}
      </CardContent>
    </Card>
  );
}
