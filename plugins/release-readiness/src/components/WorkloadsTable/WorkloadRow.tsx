import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { Workload } from '@release-readiness/plugin-release-readiness-common';
import type { ReactNode } from 'react';
import {
  describeAutoscaler,
  describeManagedBy,
  describeReplicas,
} from './describeWorkload';
import { FindingsCell } from './FindingsCell';
import { formatLocalDateTime } from '../../format';
import { RolloutStatusChip } from '../shared';

/** One workload in the environment's workloads table. */
export function WorkloadRow(props: {
  workload: Workload;
  /** The row's actions cell, e.g. "Roll back…". */
  actions?: ReactNode;
}) {
  const { workload, actions } = props;
  const main = workload.images.find(i => !i.init);
  const hpa = describeAutoscaler(workload);
  const lastJob = workload.schedule?.lastJob;
  return (
    <TableRow>
      <TableCell>
        <RolloutStatusChip
          status={workload.rolloutStatus}
          message={workload.rolloutMessage}
        />
      </TableCell>
      <TableCell component="th" scope="row">
        <Typography variant="body2">{workload.name}</Typography>
        <Typography variant="caption" color="text.secondary">
          {workload.kind}
        </Typography>
      </TableCell>
      <TableCell>
        <Tooltip
          title={workload.images
            .map(i => `${i.container}${i.init ? ' (init)' : ''}: ${i.image}`)
            .join(' · ')}
        >
          <span>
            {workload.version ?? (
              <Typography
                variant="body2"
                color="text.secondary"
                component="span"
              >
                {main?.tag ?? main?.digest ?? 'untagged'} (no version)
              </Typography>
            )}
          </span>
        </Tooltip>
      </TableCell>
      <TableCell>
        {workload.replicas ? (
          <Tooltip
            title={`desired ${workload.replicas.desired}, ready ${workload.replicas.ready}, available ${workload.replicas.available}, updated ${workload.replicas.updated}`}
          >
            <span>{describeReplicas(workload)}</span>
          </Tooltip>
        ) : (
          describeReplicas(workload)
        )}
        {hpa && (
          <Typography variant="caption" color="text.secondary" component="p">
            {hpa}
          </Typography>
        )}
        {lastJob && (
          <Typography variant="caption" color="text.secondary" component="p">
            last run {lastJob.status}
            {lastJob.startTime && ` ${formatLocalDateTime(lastJob.startTime)}`}
          </Typography>
        )}
      </TableCell>
      <TableCell align="right">
        <Typography
          variant="body2"
          color={workload.restarts > 0 ? 'error' : 'text.primary'}
        >
          {workload.restarts}
        </Typography>
      </TableCell>
      <TableCell>
        <FindingsCell findings={workload.findings} />
      </TableCell>
      <TableCell>{describeManagedBy(workload.managedBy)}</TableCell>
      <TableCell>{workload.revision ?? '—'}</TableCell>
      <TableCell>{actions}</TableCell>
    </TableRow>
  );
}
