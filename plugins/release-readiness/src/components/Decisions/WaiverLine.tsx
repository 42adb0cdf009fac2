import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Typography from '@mui/material/Typography';
import type { DecisionWaiver } from '@release-readiness/plugin-release-readiness-common';
import { formatTime } from '../../format';

/** A waiver: by whom, until when, why; a lapsed one says it no longer counts. */
export function WaiverLine(props: {
  waiver: DecisionWaiver;
  lapsed?: boolean;
}) {
  const { waiver, lapsed } = props;
  return (
    <Typography
      variant="body2"
      color={lapsed ? 'error' : 'text.primary'}
      aria-label={lapsed ? 'Lapsed waiver' : 'Waiver'}
    >
      {lapsed ? 'Waiver lapsed (no longer counts): ' : 'Waived by '}
      {lapsed && 'by '}
      <EntityRefLink entityRef={waiver.by} /> until {formatTime(waiver.until)}:
      “{waiver.reason}”
    </Typography>
  );
}
