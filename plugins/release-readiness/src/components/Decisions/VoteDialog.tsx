import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import type { DecisionRecord } from '@release-readiness/plugin-release-readiness-common';
import { useState } from 'react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { ReasonField } from '../shared/ReasonField';
import { WriteDialog } from '../shared/WriteDialog';
import { refusalMessage } from './refusalMessage';
import { releaseReadinessTranslationRef } from '../../translations';

/**
 * Votes go or no-go on a decision, with a mandatory reason. Mount it once per opening: its
 * request id is made when it mounts, so a retried submit (after a network error) writes once.
 */
export function VoteDialog(props: {
  decision: Pick<DecisionRecord, 'id' | 'system' | 'environment' | 'version'>;
  onClose(saved: boolean): void;
}) {
  const { decision, onClose } = props;
  const api = useApi(releaseReadinessApiRef);
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const [vote, setVote] = useState<'go' | 'no-go'>();
  const [reason, setReason] = useState('');
  const tooShort = reason.trim().length < 3;

  return (
    <WriteDialog
      title={
        <>
          {t('decisions.vote.title', {
            environment: decision.environment,
            version: decision.version,
          })}
        </>
      }
      submitLabel={
        vote === 'no-go'
          ? t('decisions.vote.submitNoGo')
          : t('decisions.vote.submitGo')
      }
      submitColor={vote === 'no-go' ? 'error' : 'primary'}
      invalid={tooShort}
      write={
        vote &&
        (requestId =>
          api.vote(decision.system, decision.id, {
            vote,
            reason: reason.trim(),
            requestId,
          }))
      }
      errorMessage={e => refusalMessage(e, t)}
      onClose={onClose}
    >
      <FormControl>
        <FormLabel id="decision-vote-label">
          {t('decisions.vote.yourVote')}
        </FormLabel>
        <RadioGroup
          row
          aria-labelledby="decision-vote-label"
          value={vote ?? ''}
          onChange={e => setVote(e.target.value as 'go' | 'no-go')}
        >
          <FormControlLabel
            value="go"
            control={<Radio />}
            label={t('decisions.vote.go')}
          />
          <FormControlLabel
            value="no-go"
            control={<Radio />}
            label={t('decisions.vote.noGo')}
          />
        </RadioGroup>
      </FormControl>
      <ReasonField
        value={reason}
        onChange={setReason}
        helperText={t('decisions.vote.reasonHelp')}
      />
    </WriteDialog>
  );
}
