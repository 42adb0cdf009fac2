import { useApi } from '@backstage/frontend-plugin-api';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { ManualGateRequest } from '@release-readiness/plugin-release-readiness-common';
import { useState } from 'react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { ReasonField } from '../shared/ReasonField';
import { WriteDialog } from '../shared/WriteDialog';

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

  return (
    <WriteDialog
      open={open}
      title={
        <>
          Set “{check}”{release ? ` for ${release}` : ''}
        </>
      }
      submitLabel="Save"
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
        label="Result"
        value={state}
        onChange={e => setState(e.target.value as ManualGateRequest['state'])}
      >
        <MenuItem value="passed">passed</MenuItem>
        <MenuItem value="failed">failed</MenuItem>
        <MenuItem value="pending">pending</MenuItem>
      </TextField>
      <ReasonField
        value={reason}
        onChange={setReason}
        helperText="Kept with the result, e.g. the test run or ticket."
      />
    </WriteDialog>
  );
}
