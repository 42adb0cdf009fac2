import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { useReadiness } from '../../hooks/useReadiness';
import { GatesCard } from '../GatesCard';
import { PreconditionsCard } from './PreconditionsCard';
import { ReadinessControls, ReadinessQuestion } from './ReadinessControls';
import { VerdictSummary } from './VerdictSummary';
import { SourcedContent } from '../shared';
import { useFormatters } from '../shared/useFormatters';

/**
 * The environment's readiness: the verdict with its reasons and the next allowed window, the
 * gates and the go-live preconditions, for now or any moment the release captain asks about.
 *
 * @public
 */
export function ReadinessSection(props: {
  system: string;
  environment: string;
}) {
  const { system, environment } = props;
  const [question, setQuestion] = useState<ReadinessQuestion>({
    at: '',
    changeType: 'standard',
  });
  const at = question.at
    ? DateTime.fromISO(question.at).toISO() ?? undefined
    : undefined;
  const state = useReadiness(system, environment, {
    at,
    changeType: question.changeType,
    risk: question.risk,
  });
  const { value, retry } = state;
  const { t } = useFormatters();

  return (
    <Card
      variant="outlined"
      component="section"
      aria-label={t('environment.readiness.label')}
    >
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            {t('environment.readiness.title')}
          </Typography>
          <ReadinessControls
            question={question}
            changeTypes={value?.changeTypes ?? [question.changeType]}
            onChange={setQuestion}
          />
          <SourcedContent
            state={state}
            title={t('environment.readiness.loadError')}
            // a new question keeps the last answer on screen until the new one arrives
            keepWhileLoading
          >
            {readiness => (
              <Stack spacing={2}>
                <VerdictSummary readiness={readiness} />
                <Grid container spacing={2}>
                  <Grid item xs={12} xl={6}>
                    <GatesCard
                      system={system}
                      environment={environment}
                      items={readiness.items}
                      onChanged={retry}
                    />
                  </Grid>
                  <Grid item xs={12} xl={6}>
                    <PreconditionsCard items={readiness.items} />
                  </Grid>
                </Grid>
              </Stack>
            )}
          </SourcedContent>
        </Stack>
      </CardContent>
    </Card>
  );
}
