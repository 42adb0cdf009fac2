import { Link } from '@backstage/core-components';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { alpha } from '@mui/material/styles';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { VersionsResponse } from '@release-readiness/plugin-release-readiness-common';
import { useFormatters } from './useFormatters';
import { VersionCellView } from './VersionCellView';

/** A column's source status, as its caption says it. */
const SOURCE_STATUS = {
  stale: 'board.source.markStale',
  unavailable: 'board.source.markUnavailable',
} as const;

/**
 * Workloads × environments: the version and rollout status of each workload in each environment,
 * drift highlighted, and per column where its data comes from and how old it is.
 */
export function VersionMatrix(props: {
  versions: VersionsResponse;
  /** Links column headers to the environment pages: the path of an environment's page. */
  environmentLink?: (environment: string) => string;
}) {
  const { versions, environmentLink } = props;
  const { t, formatAsOf } = useFormatters();
  return (
    <TableContainer>
      <Table size="small" aria-label={t('board.matrix.label')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('board.matrix.workload')}</TableCell>
            {versions.environments.map(e => (
              <TableCell key={e.name}>
                {environmentLink ? (
                  <Link to={environmentLink(e.name)}>{e.title}</Link>
                ) : (
                  e.title
                )}
                <Tooltip
                  title={`${e.source.name}${
                    e.source.error ? `: ${e.source.error.message}` : ''
                  }`}
                >
                  <Typography
                    variant="caption"
                    component="p"
                    color={
                      e.source.status === 'ok' ? 'text.secondary' : 'error'
                    }
                  >
                    {e.source.status === 'ok'
                      ? t('board.matrix.asOf', {
                          asOf: formatAsOf(e.source.fetchedAt),
                        })
                      : t('board.matrix.statusAsOf', {
                          status: t(SOURCE_STATUS[e.source.status]),
                          asOf: formatAsOf(e.source.fetchedAt),
                        })}
                  </Typography>
                </Tooltip>
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {versions.rows.map(row => (
            <TableRow
              key={`${row.kind}/${row.name}`}
              data-drift={row.drift || undefined}
              sx={
                row.drift
                  ? { bgcolor: theme => alpha(theme.palette.warning.main, 0.1) }
                  : undefined
              }
            >
              <TableCell component="th" scope="row">
                <Stack direction="row" spacing={1} alignItems="center">
                  <Typography variant="body2">{row.name}</Typography>
                  {row.drift && (
                    <Tooltip title={t('board.matrix.driftTooltip')}>
                      <Chip
                        size="small"
                        color="warning"
                        label={t('board.matrix.drift')}
                      />
                    </Tooltip>
                  )}
                </Stack>
                <Typography variant="caption" color="text.secondary">
                  {row.kind}
                </Typography>
              </TableCell>
              {row.cells.map(cell => (
                <TableCell key={cell.environment}>
                  <VersionCellView cell={cell} />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
