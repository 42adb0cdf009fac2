import Alert from '@mui/material/Alert';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { OnCallResponse } from '@release-readiness/plugin-release-readiness-common';
import { useState } from 'react';
import { useOnCall } from '../../hooks/useOnCall';
import { formatRotaRange } from '../../format';
import { SourcedContent } from '../shared';
import { OnCallNow } from './OnCallNow';
import { OnCallRotaTable } from './OnCallRotaTable';

const WEEK_CHOICES = [4, 8, 12];

function Rota(props: { onCall: OnCallResponse }) {
  const { onCall } = props;
  const timeZone = onCall.handover?.timeZone;
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      {onCall.current && (
        <OnCallNow current={onCall.current} timeZone={timeZone} />
      )}
      {onCall.gaps.length > 0 ? (
        <Alert severity="error" aria-label="Rota gaps">
          {onCall.gaps.length === 1
            ? '1 gap in the rota: '
            : `${onCall.gaps.length} gaps in the rota: `}
          {onCall.gaps
            .map(
              g =>
                `${formatRotaRange(g, timeZone)} without ${g.missing.join(
                  ' and ',
                )}`,
            )
            .join('; ')}
          . A gap during a release window fails the go-live precondition.
        </Alert>
      ) : (
        onCall.source.status !== 'unavailable' && (
          <Alert severity="success">
            No gaps in the next {onCall.weeks.length} weeks.
          </Alert>
        )
      )}
      {onCall.findings.map((finding, i) => (
        <Alert key={i} severity={finding.severity}>
          {finding.message}
        </Alert>
      ))}
      {onCall.weeks.length > 0 && (
        <OnCallRotaTable weeks={onCall.weeks} timeZone={timeZone} />
      )}
      {timeZone && (
        <Typography variant="caption" color="text.secondary">
          Times in {timeZone}.
        </Typography>
      )}
    </Stack>
  );
}

/**
 * The on-call card of one environment: who is primary and backup now, the next handover, the
 * rota for the next weeks with gaps highlighted, and the source with its "as of" time.
 *
 * @public
 */
export function OnCallCard(props: { system: string; environment: string }) {
  const [weeks, setWeeks] = useState(4);
  const state = useOnCall(props.system, props.environment, weeks);
  return (
    <Card variant="outlined" component="section" aria-label="On call">
      <CardContent>
        <Stack
          direction="row"
          justifyContent="space-between"
          alignItems="center"
          sx={{ mb: 1 }}
        >
          <Typography variant="h6" component="h2">
            On call
          </Typography>
          <TextField
            select
            size="small"
            label="Weeks"
            value={weeks}
            onChange={e => setWeeks(Number(e.target.value))}
          >
            {WEEK_CHOICES.map(n => (
              <MenuItem key={n} value={n}>
                {n}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        <SourcedContent
          state={state}
          title="Could not load the on-call rota"
          source={value => value.source}
          notConfigured={{
            title: 'No on-call rota configured',
            description:
              'Set onCall.rotation (a rotation under releaseReadiness.onCall.rotations) or onCall.source: pagerduty for this environment.',
          }}
          // the handover zone and the findings come from configuration
          contentWhenUnavailable
        >
          {value => <Rota onCall={value} />}
        </SourcedContent>
      </CardContent>
    </Card>
  );
}
