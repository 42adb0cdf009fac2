import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Typography from '@mui/material/Typography';
import type { DecisionWaiver } from '@release-readiness/plugin-release-readiness-common';
import { useFormatters } from '../shared';

/** A waiver: by whom, until when, why; a lapsed one says it no longer counts. */
export function WaiverLine(props: {
  waiver: DecisionWaiver;
  lapsed?: boolean;
}) {
  const { waiver, lapsed } = props;
  const { t, formatTime } = useFormatters();
  const values = {
    by: <EntityRefLink entityRef={waiver.by} />,
    until: formatTime(waiver.until),
    reason: waiver.reason,
  };
  return (
    <Typography
      variant="body2"
      color={lapsed ? 'error' : 'text.primary'}
      aria-label={
        lapsed ? t('decisions.waiver.lapsedLabel') : t('decisions.waiver.label')
      }
    >
      {lapsed
        ? t('decisions.waiver.lapsed', values)
        : t('decisions.waiver.waived', values)}
    </Typography>
  );
}
