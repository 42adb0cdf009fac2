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
import { useFormatters } from '../shared/useFormatters';

const COLUMNS = [
  'environment.workloads.columnStatus',
  'environment.workloads.columnWorkload',
  'environment.workloads.columnVersion',
  'environment.workloads.columnReplicas',
  'environment.workloads.columnRestarts',
  'environment.workloads.columnFindings',
  'environment.workloads.columnManagedBy',
  'environment.workloads.columnRevision',
  'environment.workloads.columnActions',
] as const;

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
  const { t } = useFormatters();

  return (
    <Card
      variant="outlined"
      component="section"
      aria-label={t('environment.workloads.label')}
    >
      <CardContent>
        <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 1 }}>
          <Typography variant="h6" component="h2">
            {t('environment.workloads.title')}
          </Typography>
          {loaded && target?.offline && (
            <Chip
              size="small"
              color="info"
              label={t('environment.workloads.offlineSnapshot')}
            />
          )}
          {loaded && target && !target.offline && (
            <Chip
              size="small"
              variant="outlined"
              label={t('environment.workloads.live')}
            />
          )}
        </Stack>
        <SourcedContent
          state={state}
          title={t('environment.workloads.loadError')}
          source={value => value.source}
        >
          {value =>
            value.items.length === 0 ? (
              <EmptyState
                missing="data"
                title={t('environment.workloads.emptyTitle')}
                description={t('environment.workloads.emptyDescription')}
              />
            ) : (
              <TableContainer>
                <Table
                  size="small"
                  aria-label={t('environment.workloads.tableLabel', {
                    environment,
                  })}
                >
                  <TableHead>
                    <TableRow>
                      {COLUMNS.map(c => (
                        <TableCell
                          key={c}
                          align={
                            c === 'environment.workloads.columnRestarts'
                              ? 'right'
                              : 'left'
                          }
                        >
                          {t(c)}
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
