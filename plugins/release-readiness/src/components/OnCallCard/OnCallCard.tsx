import { EmptyState, Progress } from '@backstage/core-components';
import Alert from '@mui/material/Alert';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { OnCallResponse } from '@internal/backstage-plugin-release-readiness-common';
import { useState } from 'react';
import { useOnCall } from '../../hooks/useOnCall';
import { SourceStatus } from '../SourceStatus';
import { formatRotaRange } from './formatRotaTime';
import { OnCallNow } from './OnCallNow';
import { OnCallRotaTable } from './OnCallRotaTable';
import { LoadError } from '../LoadError';

const WEEK_CHOICES = [4, 8, 12];

function Rota(props: { onCall: OnCallResponse }) {
  const { onCall } = props;
  const timeZone = onCall.handover?.timeZone;
  return (
    <Stack spacing={2}>
      <SourceStatus source={onCall.source} />
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
export function OnCallCard(props: { environment: string }) {
  const [weeks, setWeeks] = useState(4);
  const { value, loading, error, retry } = useOnCall(props.environment, weeks);
  let content;
  if (loading) {
    content = <Progress />;
  } else if (error || !value) {
    content = (
      <LoadError
        error={error}
        title="Could not load the on-call rota"
        onRetry={retry}
      />
    );
  } else if (value.source.error?.type === 'NOT_CONFIGURED') {
    content = (
      <EmptyState
        missing="content"
        title="No on-call rota configured"
        description="Set onCall.rotation (a rotation under releaseReadiness.onCall.rotations) or onCall.source: pagerduty for this environment."
      />
    );
  } else {
    content = <Rota onCall={value} />;
  }
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
        {content}
      </CardContent>
    </Card>
  );
}
