import Alert from '@mui/material/Alert';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReadinessResponse } from '@release-readiness/plugin-release-readiness-common';
import { formatTime } from '../../format';
import { StatusChip, VerdictChip } from '../shared';

const ANSWER = {
  ready: 'Yes: every enforced gate and precondition passes.',
  blocked: 'No: at least one enforced gate or precondition fails.',
  unknown:
    'Not known: nothing fails, but some gates or preconditions cannot be judged.',
};

function NextWindow(props: { readiness: ReadinessResponse }) {
  const next = props.readiness.nextWindow;
  const hasWindowRule = props.readiness.items.some(
    i => i.kind === 'change-window',
  );
  if (!hasWindowRule) {
    return null;
  }
  if (!next) {
    return (
      <Alert severity="error">
        No allowed change window opens in the next 60 days.
      </Alert>
    );
  }
  const zone = next.releaseWindow?.timeZone;
  const until = next.end ? ` until ${formatTime(next.end, zone)}` : '';
  const window = next.releaseWindow ? ` (${next.releaseWindow.title})` : '';
  return next.openNow ? (
    <Alert severity="success">
      The calendar allows this change now{until}
      {window}.
    </Alert>
  ) : (
    <Alert severity="info">
      Next allowed window: {formatTime(next.start, zone)}
      {until}
      {window}.
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
  return (
    <Stack spacing={1} aria-label="Verdict" component="section">
      <Stack direction="row" spacing={1} alignItems="center">
        <VerdictChip verdict={readiness.verdict} size="medium" />
        <Typography variant="body1">
          May <strong>{readiness.environment}</strong> take a{' '}
          {readiness.changeType} change ({readiness.risk} risk) at{' '}
          {formatTime(readiness.at)}? {ANSWER[readiness.verdict]}
        </Typography>
      </Stack>
      <NextWindow readiness={readiness} />
      {readiness.reasons.length > 0 && (
        <List dense aria-label="Reasons" disablePadding>
          {readiness.reasons.map(reason => (
            <ListItem key={reason.itemId} disableGutters sx={{ gap: 1 }}>
              <StatusChip
                status={reason.status}
                label={reason.enforcement === 'warn' ? 'Advisory' : undefined}
              />
              <Typography variant="body2">{reason.text}</Typography>
            </ListItem>
          ))}
        </List>
      )}
    </Stack>
  );
}
