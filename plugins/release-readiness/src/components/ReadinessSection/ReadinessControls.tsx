import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { ChangeRisk } from '@release-readiness/plugin-release-readiness-common';
import { useId } from 'react';
import { useFormatters } from '../shared/useFormatters';

/** What the release captain asks: when, what kind of change, how risky. */
export interface ReadinessQuestion {
  /** `datetime-local` value in the browser's time zone; empty = now. */
  at: string;
  changeType: string;
  risk?: ChangeRisk;
}

/**
 * "Will we be allowed on Tuesday 20:00?": the moment, the change type and the risk to judge.
 *
 * @public
 */
export function ReadinessControls(props: {
  question: ReadinessQuestion;
  changeTypes: string[];
  onChange(question: ReadinessQuestion): void;
}) {
  const { question, changeTypes, onChange } = props;
  const atId = useId();
  const { t } = useFormatters();
  return (
    <Stack
      direction={{ xs: 'column', sm: 'row' }}
      spacing={2}
      alignItems="center"
    >
      <TextField
        size="small"
        type="datetime-local"
        label={t('environment.readiness.at')}
        value={question.at}
        onChange={e => onChange({ ...question, at: e.target.value })}
        InputLabelProps={{ shrink: true }}
        id={atId}
      />
      <Button
        size="small"
        disabled={!question.at}
        onClick={() => onChange({ ...question, at: '' })}
      >
        {t('environment.readiness.now')}
      </Button>
      <TextField
        select
        size="small"
        label={t('environment.readiness.changeType')}
        value={question.changeType}
        onChange={e => onChange({ ...question, changeType: e.target.value })}
        sx={{ minWidth: 160 }}
      >
        {changeTypes.map(type => (
          <MenuItem key={type} value={type}>
            {type}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('environment.readiness.risk')}
        value={question.risk ?? ''}
        onChange={e =>
          onChange({
            ...question,
            risk: (e.target.value || undefined) as ChangeRisk | undefined,
          })
        }
        sx={{ minWidth: 140 }}
      >
        <MenuItem value="">{t('environment.readiness.riskDefault')}</MenuItem>
        <MenuItem value="low">{t('environment.readiness.riskLow')}</MenuItem>
        <MenuItem value="normal">
          {t('environment.readiness.riskNormal')}
        </MenuItem>
        <MenuItem value="high">{t('environment.readiness.riskHigh')}</MenuItem>
      </TextField>
    </Stack>
  );
}
