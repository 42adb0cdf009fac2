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
import { formatAsOf } from '../../format';
import { VersionCellView } from './VersionCellView';

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
  return (
    <TableContainer>
      <Table size="small" aria-label="Deployed where">
        <TableHead>
          <TableRow>
            <TableCell>Workload</TableCell>
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
                    {e.source.status === 'ok' ? '' : `${e.source.status} · `}
                    as of {formatAsOf(e.source.fetchedAt)}
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
                    <Tooltip title="The environments that run it run different versions">
                      <Chip size="small" color="warning" label="drift" />
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
