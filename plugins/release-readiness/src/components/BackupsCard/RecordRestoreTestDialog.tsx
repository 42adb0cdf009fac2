import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { RestoreTestRecord } from '@release-readiness/plugin-release-readiness-common';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { errorMessageOf } from './errorMessageOf';
import { ReasonField } from '../shared/ReasonField';
import { WriteDialog } from '../shared/WriteDialog';
import { releaseReadinessTranslationRef } from '../../translations/releaseReadinessTranslationRef';
import { OUTCOME_LABEL } from './outcomeLabel';

type Outcome = RestoreTestRecord['outcome'];

const OUTCOMES: readonly Outcome[] = ['passed', 'failed'];

/** `yyyy-MM-ddTHH:mm` in the browser's zone, what a `datetime-local` field holds. */
function localNow(): string {
  return DateTime.now().toFormat("yyyy-MM-dd'T'HH:mm");
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Records a restore test of an environment: when it ran, its outcome, a link to its report and a
 * reason. One request id per opened dialog (the parent mounts it afresh each time), so a retried
 * submit writes once; a refusal (403) or a rejected field (400) is shown with the backend's reason.
 *
 * @public
 */
export function RecordRestoreTestDialog(props: {
  system: string;
  environment: string;
  onClose(saved: boolean): void;
}) {
  const { system, environment, onClose } = props;
  const api = useApi(releaseReadinessApiRef);
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const [testedAt, setTestedAt] = useState(localNow);
  const [outcome, setOutcome] = useState<Outcome>('passed');
  const [link, setLink] = useState('');
  const [reason, setReason] = useState('');
  const testedAtIso = DateTime.fromISO(testedAt);
  const linkOk = isHttpUrl(link.trim());
  const reasonOk = reason.trim().length >= 3;
  const valid = testedAtIso.isValid && linkOk && reasonOk;

  return (
    <WriteDialog
      title={<>{t('backups.dialog.title', { environment })}</>}
      submitLabel={t('backups.dialog.submit')}
      invalid={!valid}
      write={requestId =>
        api.recordRestoreTest(system, environment, {
          testedAt: testedAtIso.toUTC().toISO() ?? testedAt,
          outcome,
          link: link.trim(),
          reason: reason.trim(),
          requestId,
        })
      }
      errorMessage={errorMessageOf}
      onClose={onClose}
    >
      <TextField
        label={t('backups.dialog.testedAt')}
        type="datetime-local"
        required
        value={testedAt}
        onChange={e => setTestedAt(e.target.value)}
        error={!testedAtIso.isValid}
        helperText={t('backups.dialog.testedAtHelp')}
        InputLabelProps={{ shrink: true }}
      />
      <TextField
        select
        label={t('backups.dialog.outcome')}
        value={outcome}
        onChange={e => {
          const next = OUTCOMES.find(o => o === e.target.value);
          if (next) setOutcome(next);
        }}
      >
        {OUTCOMES.map(o => (
          <MenuItem key={o} value={o}>
            {t(OUTCOME_LABEL[o])}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={t('backups.dialog.reportLink')}
        required
        value={link}
        onChange={e => setLink(e.target.value)}
        error={link.length > 0 && !linkOk}
        helperText={t('backups.dialog.reportLinkHelp')}
      />
      <ReasonField
        value={reason}
        onChange={setReason}
        helperText={t('backups.dialog.reasonHelp')}
      />
    </WriteDialog>
  );
}
