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
import { RolloutStatusChip } from '../shared';
import { useFormatters } from '../shared/useFormatters';

/** One workload in the environment's workloads table. */
export function WorkloadRow(props: {
  workload: Workload;
  /** The row's actions cell, e.g. "Roll back…". */
  actions?: ReactNode;
}) {
  const { workload, actions } = props;
  const main = workload.images.find(i => !i.init);
  const { t, formatLocalDateTime } = useFormatters();
  const hpa = describeAutoscaler(workload, t);
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
            .map(
              i =>
                `${i.container}${
                  i.init ? t('environment.workloads.init') : ''
                }: ${i.image}`,
            )
            .join(' · ')}
        >
          <span>
            {workload.version ?? (
              <Typography
                variant="body2"
                color="text.secondary"
                component="span"
              >
                {t('environment.workloads.noVersion', {
                  tag:
                    main?.tag ??
                    main?.digest ??
                    t('environment.workloads.untagged'),
                })}
              </Typography>
            )}
          </span>
        </Tooltip>
      </TableCell>
      <TableCell>
        {workload.replicas ? (
          <Tooltip
            title={t('environment.workloads.replicasTooltip', {
              desired: String(workload.replicas.desired),
              ready: String(workload.replicas.ready),
              available: String(workload.replicas.available),
              updated: String(workload.replicas.updated),
            })}
          >
            <span>{describeReplicas(workload, t)}</span>
          </Tooltip>
        ) : (
          describeReplicas(workload, t)
        )}
        {hpa && (
          <Typography variant="caption" color="text.secondary" component="p">
            {hpa}
          </Typography>
        )}
        {lastJob && (
          <Typography variant="caption" color="text.secondary" component="p">
            {t('environment.workloads.lastRun', { status: lastJob.status })}
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
      <TableCell>{describeManagedBy(workload.managedBy, t)}</TableCell>
      <TableCell>{workload.revision ?? '—'}</TableCell>
      <TableCell>{actions}</TableCell>
    </TableRow>
  );
}
