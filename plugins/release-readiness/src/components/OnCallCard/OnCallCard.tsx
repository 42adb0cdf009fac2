import Alert from '@mui/material/Alert';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { OnCallResponse } from '@release-readiness/plugin-release-readiness-common';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { useState } from 'react';
import { useOnCall } from '../../hooks/useOnCall';
import { SourcedContent, useFormatters } from '../shared';
import { OnCallNow } from './OnCallNow';
import { OnCallRotaTable } from './OnCallRotaTable';
import { releaseReadinessTranslationRef } from '../../translations/releaseReadinessTranslationRef';

const WEEK_CHOICES = [4, 8, 12];

const MISSING = {
  primary: 'people.rota.missingPrimary',
  backup: 'people.rota.missingBackup',
} as const;

function Rota(props: { onCall: OnCallResponse }) {
  const { onCall } = props;
  const { t, formatRotaRange } = useFormatters();
  const timeZone = onCall.handover?.timeZone;
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      {onCall.current && (
        <OnCallNow current={onCall.current} timeZone={timeZone} />
      )}
      {onCall.gaps.length > 0 ? (
        <Alert severity="error" aria-label={t('people.onCall.gapsLabel')}>
          {t('people.onCall.gapsIntro', { count: onCall.gaps.length })}
          {onCall.gaps
            .map(g =>
              t('people.onCall.gapWithout', {
                range: formatRotaRange(g, timeZone),
                missing: g.missing
                  .map(m => t(MISSING[m]))
                  .join(t('people.onCall.missingJoin')),
              }),
            )
            .join('; ')}
          {t('people.onCall.gapsOutro')}
        </Alert>
      ) : (
        onCall.source.status !== 'unavailable' && (
          <Alert severity="success">
            {t('people.onCall.noGaps', { count: onCall.weeks.length })}
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
          {t('people.onCall.timesIn', { timeZone })}
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
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  return (
    <Card
      variant="outlined"
      component="section"
      aria-label={t('people.onCall.title')}
    >
      <CardContent>
        <Stack
          direction="row"
          justifyContent="space-between"
          alignItems="center"
          sx={{ mb: 1 }}
        >
          <Typography variant="h6" component="h2">
            {t('people.onCall.title')}
          </Typography>
          <TextField
            select
            size="small"
            label={t('people.onCall.weeks')}
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
          title={t('people.onCall.loadError')}
          source={value => value.source}
          notConfigured={{
            title: t('people.onCall.notConfiguredTitle'),
            description: t('people.onCall.notConfiguredDescription'),
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
