import { useApi } from '@backstage/frontend-plugin-api';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { ManualGateRequest } from '@release-readiness/plugin-release-readiness-common';
import { useState } from 'react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { ReasonField } from '../shared/ReasonField';
import { WriteDialog } from '../shared/WriteDialog';
import { useFormatters } from '../shared/useFormatters';

/** The backend's message of a refused write, or the error's own. */
function errorMessage(e: unknown): string {
  const body = (e as { body?: { error?: { message?: string } } }).body;
  return body?.error?.message ?? (e as Error).message;
}

/**
 * Sets a manual gate check's result with a reason. One request id per opened dialog: a retried
 * submit (e.g. after a network error) writes once.
 *
 * @public
 */
export function ManualResultDialog(props: {
  system: string;
  environment: string;
  gate: string;
  check: string;
  /** The release the result is for (the one shown); default: the one being judged. */
  release?: string;
  open: boolean;
  onClose(saved: boolean): void;
}) {
  const { system, environment, gate, check, release, open, onClose } = props;
  const api = useApi(releaseReadinessApiRef);
  const [state, setState] = useState<ManualGateRequest['state']>('passed');
  const [reason, setReason] = useState('');
  const tooShort = reason.trim().length < 3;
  const { t } = useFormatters();

  return (
    <WriteDialog
      open={open}
      title={
        release
          ? t('environment.gates.dialogTitleFor', { check, release })
          : t('environment.gates.dialogTitle', { check })
      }
      submitLabel={t('environment.gates.save')}
      invalid={tooShort}
      write={requestId =>
        api.setManualGateResult(system, environment, gate, check, {
          state,
          reason: reason.trim(),
          requestId,
          ...(release && { ref: release }),
        })
      }
      errorMessage={errorMessage}
      onClose={onClose}
    >
      <TextField
        select
        label={t('environment.gates.result')}
        value={state}
        onChange={e => setState(e.target.value as ManualGateRequest['state'])}
      >
        <MenuItem value="passed">{t('environment.gates.passedState')}</MenuItem>
        <MenuItem value="failed">{t('environment.gates.failedState')}</MenuItem>
        <MenuItem value="pending">
          {t('environment.gates.pendingState')}
        </MenuItem>
      </TextField>
      <ReasonField
        value={reason}
        onChange={setReason}
        helperText={t('environment.gates.reasonHelp')}
      />
    </WriteDialog>
  );
}
