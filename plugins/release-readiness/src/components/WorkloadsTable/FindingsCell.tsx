import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { WorkloadFinding } from '@release-readiness/plugin-release-readiness-common';
import { useFormatters } from '../shared/useFormatters';

/** The hygiene findings of a workload: "none", or a count whose tooltip lists them. */
export function FindingsCell(props: { findings: WorkloadFinding[] }) {
  const { findings } = props;
  const { t } = useFormatters();
  if (findings.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('environment.workloads.findingsNone')}
      </Typography>
    );
  }
  return (
    <Tooltip
      title={
        <ul style={{ margin: 0, paddingLeft: 16 }}>
          {findings.map(f => (
            <li key={`${f.container}/${f.type}`}>{f.message}</li>
          ))}
        </ul>
      }
    >
      <Chip
        size="small"
        color="warning"
        variant="outlined"
        label={t('environment.workloads.findings', {
          count: findings.length,
        })}
        aria-label={findings.map(f => f.message).join('; ')}
      />
    </Tooltip>
  );
}
