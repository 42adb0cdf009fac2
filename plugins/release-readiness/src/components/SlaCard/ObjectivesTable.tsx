import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { SloObjectiveResult } from '@release-readiness/plugin-release-readiness-common';
import { formatDuration, formatPercent } from '../shared';
import { describeTarget } from './describeTarget';
import { formatCount } from './formatCount';
import { ObjectiveStatusChip } from './ObjectiveStatusChip';

const ROLE = {
  slo: 'SLO',
  'post-deploy': 'post-deploy limit',
  'rollback-trigger': 'rollback trigger',
} as const;

/** The measured value, or why there is none: without enough traffic it is never a percentage. */
function Actual(props: { objective: SloObjectiveResult }) {
  const { objective } = props;
  if (objective.data === 'no-data' || objective.actual === null) {
    return <>no data</>;
  }
  if (objective.data === 'insufficient-data') {
    return <>insufficient data</>;
  }
  return (
    <>
      {formatPercent(objective.actual)}
      {objective.approximate && (
        <Tooltip title="The latency threshold is not a histogram bucket boundary: the value is interpolated.">
          <Chip
            size="small"
            variant="outlined"
            label="approximate"
            sx={{ ml: 1 }}
          />
        </Tooltip>
      )}
    </>
  );
}

/**
 * Objectives of one service against their targets: the measured value (or "no data" /
 * "insufficient data"), the requests and window it was measured over, the status and the reason.
 */
export function ObjectivesTable(props: {
  objectives: SloObjectiveResult[];
  /** The table's accessible name, e.g. `Objectives of api-gateway`. */
  label: string;
}) {
  const { objectives, label } = props;
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          <TableCell>Objective</TableCell>
          <TableCell>Target</TableCell>
          <TableCell>Actual</TableCell>
          <TableCell align="right">Requests</TableCell>
          <TableCell>Window</TableCell>
          <TableCell>Status</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {objectives.map(objective => (
          <TableRow key={objective.id} data-objective={objective.id}>
            <TableCell>
              <Typography variant="body2">
                {objective.title}
                {objective.role !== 'slo' && (
                  <Typography
                    component="span"
                    variant="caption"
                    color="text.secondary"
                  >
                    {' '}
                    ({ROLE[objective.role]})
                  </Typography>
                )}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {objective.reason}
              </Typography>
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              {describeTarget(objective)}
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <Actual objective={objective} />
            </TableCell>
            <TableCell align="right">
              {objective.requests === null
                ? '—'
                : formatCount(objective.requests)}
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              {formatDuration(objective.window)}
            </TableCell>
            <TableCell>
              <ObjectiveStatusChip objective={objective} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
