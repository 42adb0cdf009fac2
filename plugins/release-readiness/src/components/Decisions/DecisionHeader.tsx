import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { DecisionResponse } from '@release-readiness/plugin-release-readiness-common';
import type { ReactNode } from 'react';
import { formatTime } from '../../format';
import { VerdictChip } from '../shared';
import { DECISION_STATUS_LOOK } from './decisionStatusLook';

function Fact(props: { label: string; children: ReactNode }) {
  return (
    <Typography variant="body2" component="div">
      <Typography component="span" variant="body2" color="text.secondary">
        {props.label}:{' '}
      </Typography>
      {props.children}
    </Typography>
  );
}

/**
 * The top of the meeting view: the decision's status and the evidence verdict in large type,
 * the state's reason, what was requested by whom, and a banner when it expired or was
 * invalidated (a go then needs a new decision).
 */
export function DecisionHeader(props: { response: DecisionResponse }) {
  const { decision, state } = props.response;
  const look = DECISION_STATUS_LOOK[state.status];
  const palette =
    look.color === 'default' ? 'text.primary' : `${look.color}.main`;
  return (
    <Stack spacing={1} component="section" aria-label="Decision">
      <Typography variant="h4" component="h1">
        Go/no-go: {decision.environment} {decision.version}
      </Typography>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={4}
        alignItems={{ sm: 'center' }}
      >
        <Typography
          variant="h2"
          component="p"
          aria-label="Decision status"
          sx={{ color: palette, fontWeight: 700 }}
        >
          {look.label}
        </Typography>
        <Stack spacing={0.5} aria-label="Evidence verdict">
          <Typography variant="overline" color="text.secondary">
            Evidence at request time
          </Typography>
          <VerdictChip verdict={decision.evidence.verdict} size="medium" />
        </Stack>
      </Stack>
      <Typography variant="h6" component="p" aria-label="Why">
        {state.reason}
      </Typography>
      {state.status === 'expired' && (
        <Alert severity="warning">
          This decision expired at {formatTime(decision.expiresAt)}: it takes no
          more votes, and a go needs a new decision.
        </Alert>
      )}
      {state.status === 'invalidated' && (
        <Alert severity="error">
          This decision was invalidated
          {decision.outcome?.reason ? `: ${decision.outcome.reason}` : ''}. A go
          needs a new decision on the current evidence.
        </Alert>
      )}
      <Stack direction="row" spacing={3} flexWrap="wrap" useFlexGap>
        <Fact label="Requested by">
          <EntityRefLink entityRef={decision.requester} />
        </Fact>
        <Fact label="Requested">{formatTime(decision.requestedAt)}</Fact>
        <Fact label="Planned">{formatTime(decision.plannedAt)}</Fact>
        <Fact label="Expires">{formatTime(decision.expiresAt)}</Fact>
        <Fact label="Change type">{decision.changeType}</Fact>
        <Fact label="Risk">{decision.risk}</Fact>
        {decision.ref && <Fact label="Release">{decision.ref}</Fact>}
        {decision.digest && (
          <Fact label="Digest">
            <code>{decision.digest}</code>
          </Fact>
        )}
      </Stack>
      <Fact label="Reason for the request">{decision.reason}</Fact>
    </Stack>
  );
}
