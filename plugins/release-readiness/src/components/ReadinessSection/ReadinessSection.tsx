import { Progress } from '@backstage/core-components';
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
import { LoadError } from '../LoadError';

/**
 * The environment's readiness: the verdict with its reasons and the next allowed window, the
 * gates and the go-live preconditions, for now or any moment the release captain asks about.
 *
 * @public
 */
export function ReadinessSection(props: { environment: string }) {
  const { environment } = props;
  const [question, setQuestion] = useState<ReadinessQuestion>({
    at: '',
    changeType: 'standard',
  });
  const at = question.at
    ? DateTime.fromISO(question.at).toISO() ?? undefined
    : undefined;
  const { value, loading, error, retry } = useReadiness(environment, {
    at,
    changeType: question.changeType,
    risk: question.risk,
  });

  let content;
  if (loading && !value) {
    content = <Progress />;
  } else if (error || !value) {
    content = (
      <LoadError
        error={error}
        title="Could not judge the readiness"
        onRetry={retry}
      />
    );
  } else {
    content = (
      <Stack spacing={2}>
        <VerdictSummary readiness={value} />
        <Grid container spacing={2}>
          <Grid item xs={12} xl={6}>
            <GatesCard
              environment={environment}
              items={value.items}
              onChanged={retry}
            />
          </Grid>
          <Grid item xs={12} xl={6}>
            <PreconditionsCard items={value.items} />
          </Grid>
        </Grid>
      </Stack>
    );
  }

  return (
    <Card variant="outlined" component="section" aria-label="Readiness">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            May it go live?
          </Typography>
          <ReadinessControls
            question={question}
            changeTypes={value?.changeTypes ?? [question.changeType]}
            onChange={setQuestion}
          />
          {content}
        </Stack>
      </CardContent>
    </Card>
  );
}
