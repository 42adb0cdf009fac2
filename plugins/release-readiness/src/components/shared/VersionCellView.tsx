import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { parseImageReference } from '@release-readiness/plugin-release-readiness-common';
import type { VersionCell } from '@release-readiness/plugin-release-readiness-common';
import { RolloutStatusChip } from './RolloutStatusChip';
import { useFormatters } from './useFormatters';

/** One matrix cell: the version and rollout status, "not deployed", or "unknown". */
export function VersionCellView(props: { cell: VersionCell }) {
  const { cell } = props;
  const { t } = useFormatters();
  if (cell.state === 'unknown') {
    return (
      <Typography variant="body2" color="text.disabled" fontStyle="italic">
        {t('board.matrix.unknown')}
      </Typography>
    );
  }
  if (cell.state === 'absent') {
    return (
      <Typography
        variant="body2"
        color="text.secondary"
        aria-label={t('board.matrix.notDeployed')}
      >
        —
      </Typography>
    );
  }
  const reference = cell.image ? parseImageReference(cell.image) : undefined;
  const label =
    cell.version ??
    reference?.tag ??
    reference?.digest ??
    t('board.matrix.noVersion');
  return (
    <Stack direction="row" spacing={1} alignItems="center">
      <Tooltip title={cell.image ?? ''}>
        <Typography
          variant="body2"
          color={cell.version ? 'text.primary' : 'text.secondary'}
        >
          {label}
          {cell.stale && t('board.matrix.stale')}
        </Typography>
      </Tooltip>
      {cell.rolloutStatus && <RolloutStatusChip status={cell.rolloutStatus} />}
    </Stack>
  );
}
