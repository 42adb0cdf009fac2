import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { DecisionResponse } from '@release-readiness/plugin-release-readiness-common';
import type { ReactNode } from 'react';
import { useFormatters, VerdictChip } from '../shared';
import { DECISION_STATUS_LOOK } from './decisionStatusLook';

function Fact(props: { label: string; children: ReactNode }) {
  const { t } = useFormatters();
  return (
    <Typography variant="body2" component="div">
      <Typography component="span" variant="body2" color="text.secondary">
        {t('decisions.header.fact', { label: props.label })}
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
  const { t, formatTime } = useFormatters();
  const look = DECISION_STATUS_LOOK[state.status];
  const palette =
    look.color === 'default' ? 'text.primary' : `${look.color}.main`;
  const invalidatedReason = decision.outcome?.reason;
  return (
    <Stack
      spacing={1}
      component="section"
      aria-label={t('decisions.header.label')}
    >
      <Typography variant="h4" component="h1">
        {t('decisions.header.title', {
          environment: decision.environment,
          version: decision.version,
        })}
      </Typography>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={4}
        alignItems={{ sm: 'center' }}
      >
        <Typography
          variant="h2"
          component="p"
          aria-label={t('decisions.header.statusLabel')}
          sx={{ color: palette, fontWeight: 700 }}
        >
          {t(look.label)}
        </Typography>
        <Stack spacing={0.5} aria-label={t('decisions.header.verdictLabel')}>
          <Typography variant="overline" color="text.secondary">
            {t('decisions.header.evidenceAtRequest')}
          </Typography>
          <VerdictChip verdict={decision.evidence.verdict} size="medium" />
        </Stack>
      </Stack>
      <Typography
        variant="h6"
        component="p"
        aria-label={t('decisions.header.whyLabel')}
      >
        {state.reason}
      </Typography>
      {state.status === 'expired' && (
        <Alert severity="warning">
          {t('decisions.header.expired', {
            at: formatTime(decision.expiresAt),
          })}
        </Alert>
      )}
      {state.status === 'invalidated' && (
        <Alert severity="error">
          {invalidatedReason
            ? t('decisions.header.invalidatedBecause', {
                reason: invalidatedReason,
              })
            : t('decisions.header.invalidated')}
        </Alert>
      )}
      <Stack direction="row" spacing={3} flexWrap="wrap" useFlexGap>
        <Fact label={t('decisions.header.requestedBy')}>
          <EntityRefLink entityRef={decision.requester} />
        </Fact>
        <Fact label={t('decisions.header.requested')}>
          {formatTime(decision.requestedAt)}
        </Fact>
        <Fact label={t('decisions.header.planned')}>
          {formatTime(decision.plannedAt)}
        </Fact>
        <Fact label={t('decisions.header.expires')}>
          {formatTime(decision.expiresAt)}
        </Fact>
        <Fact label={t('decisions.header.changeType')}>
          {decision.changeType}
        </Fact>
        <Fact label={t('decisions.header.risk')}>{decision.risk}</Fact>
        {decision.ref && (
          <Fact label={t('decisions.header.release')}>{decision.ref}</Fact>
        )}
        {decision.digest && (
          <Fact label={t('decisions.header.digest')}>
            <code>{decision.digest}</code>
          </Fact>
        )}
      </Stack>
      <Fact label={t('decisions.header.reason')}>{decision.reason}</Fact>
    </Stack>
  );
}
