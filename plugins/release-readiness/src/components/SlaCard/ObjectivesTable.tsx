import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { SloObjectiveResult } from '@release-readiness/plugin-release-readiness-common';
import { useFormatters } from '../shared';
import { describeTarget } from './describeTarget';
import { formatCount } from './formatCount';
import { ObjectiveStatusChip } from './ObjectiveStatusChip';

const ROLE = {
  slo: 'sla.objectives.roleSlo',
  'post-deploy': 'sla.objectives.rolePostDeploy',
  'rollback-trigger': 'sla.objectives.roleRollbackTrigger',
} as const;

/** The measured value, or why there is none: without enough traffic it is never a percentage. */
function Actual(props: { objective: SloObjectiveResult }) {
  const { objective } = props;
  const { t, formatPercent } = useFormatters();
  if (objective.data === 'no-data' || objective.actual === null) {
    return <>{t('sla.objectives.noData')}</>;
  }
  if (objective.data === 'insufficient-data') {
    return <>{t('sla.objectives.insufficientData')}</>;
  }
  return (
    <>
      {formatPercent(objective.actual)}
      {objective.approximate && (
        <Tooltip title={t('sla.objectives.approximateTooltip')}>
          <Chip
            size="small"
            variant="outlined"
            label={t('sla.objectives.approximate')}
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
  const formatters = useFormatters();
  const { t, formatDuration } = formatters;
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          <TableCell>{t('sla.objectives.objective')}</TableCell>
          <TableCell>{t('sla.objectives.target')}</TableCell>
          <TableCell>{t('sla.objectives.actual')}</TableCell>
          <TableCell align="right">{t('sla.objectives.requests')}</TableCell>
          <TableCell>{t('sla.objectives.window')}</TableCell>
          <TableCell>{t('sla.objectives.status')}</TableCell>
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
                    ({t(ROLE[objective.role])})
                  </Typography>
                )}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {objective.reason}
              </Typography>
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              {describeTarget(objective, formatters)}
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
