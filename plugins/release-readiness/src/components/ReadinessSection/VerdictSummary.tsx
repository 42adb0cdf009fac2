import Alert from '@mui/material/Alert';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type {
  ChangeRisk,
  ReadinessResponse,
} from '@release-readiness/plugin-release-readiness-common';
import { StatusChip, VerdictChip } from '../shared';
import { useFormatters } from '../shared/useFormatters';

const ANSWER = {
  ready: 'environment.readiness.answerReady',
  blocked: 'environment.readiness.answerBlocked',
  unknown: 'environment.readiness.answerUnknown',
} as const;

const RISK = {
  low: 'environment.readiness.riskLow',
  normal: 'environment.readiness.riskNormal',
  high: 'environment.readiness.riskHigh',
} as const satisfies Record<ChangeRisk, string>;

function NextWindow(props: { readiness: ReadinessResponse }) {
  const { t, formatTime } = useFormatters();
  const next = props.readiness.nextWindow;
  const hasWindowRule = props.readiness.items.some(
    i => i.kind === 'change-window',
  );
  if (!hasWindowRule) {
    return null;
  }
  if (!next) {
    return (
      <Alert severity="error">{t('environment.readiness.noWindow')}</Alert>
    );
  }
  const zone = next.releaseWindow?.timeZone;
  const until = next.end
    ? t('environment.readiness.until', { until: formatTime(next.end, zone) })
    : '';
  const window = next.releaseWindow ? ` (${next.releaseWindow.title})` : '';
  return next.openNow ? (
    <Alert severity="success">
      {t('environment.readiness.allowedNow', { until, window })}
    </Alert>
  ) : (
    <Alert severity="info">
      {t('environment.readiness.nextWindow', {
        start: formatTime(next.start, zone),
        until,
        window,
      })}
    </Alert>
  );
}

/**
 * The verdict with its reasons and when the next allowed window opens.
 *
 * @public
 */
export function VerdictSummary(props: { readiness: ReadinessResponse }) {
  const { readiness } = props;
  const { t, formatTime } = useFormatters();
  return (
    <Stack
      spacing={1}
      aria-label={t('environment.readiness.verdictLabel')}
      component="section"
    >
      <Stack direction="row" spacing={1} alignItems="center">
        <VerdictChip verdict={readiness.verdict} size="medium" />
        <Typography variant="body1">
          {t('environment.readiness.questionStart')}
          <strong>{readiness.environment}</strong>
          {t('environment.readiness.questionRest', {
            changeType: readiness.changeType,
            risk: t(RISK[readiness.risk]),
            at: formatTime(readiness.at),
          })}
          {t(ANSWER[readiness.verdict])}
        </Typography>
      </Stack>
      <NextWindow readiness={readiness} />
      {readiness.reasons.length > 0 && (
        <List
          dense
          aria-label={t('environment.readiness.reasons')}
          disablePadding
        >
          {readiness.reasons.map(reason => (
            <ListItem key={reason.itemId} disableGutters sx={{ gap: 1 }}>
              <StatusChip
                status={reason.status}
                label={
                  reason.enforcement === 'warn'
                    ? t('environment.readiness.advisory')
                    : undefined
                }
              />
              <Typography variant="body2">{reason.text}</Typography>
            </ListItem>
          ))}
        </List>
      )}
    </Stack>
  );
}
