import { useApi } from '@backstage/frontend-plugin-api';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { ManualGateRequest } from '@internal/backstage-plugin-release-readiness-common';
import { useState } from 'react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';

function newRequestId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ??
    `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`
  );
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
  const [requestId] = useState(newRequestId);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const tooShort = reason.trim().length < 3;

  const submit = async () => {
    setSaving(true);
    setError(undefined);
    try {
      await api.setManualGateResult(system, environment, gate, check, {
        state,
        reason: reason.trim(),
        requestId,
        ...(release && { ref: release }),
      });
      onClose(true);
    } catch (e) {
      const body = (e as { body?: { error?: { message?: string } } }).body;
      setError(body?.error?.message ?? (e as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open={open} onClose={() => onClose(false)} fullWidth maxWidth="sm">
      <DialogTitle>
        Set “{check}”{release ? ` for ${release}` : ''}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            select
            label="Result"
            value={state}
            onChange={e =>
              setState(e.target.value as ManualGateRequest['state'])
            }
          >
            <MenuItem value="passed">passed</MenuItem>
            <MenuItem value="failed">failed</MenuItem>
            <MenuItem value="pending">pending</MenuItem>
          </TextField>
          <TextField
            label="Reason"
            required
            multiline
            minRows={2}
            value={reason}
            onChange={e => setReason(e.target.value)}
            helperText="Kept with the result, e.g. the test run or ticket."
          />
          {error && <Alert severity="error">{error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(false)}>Cancel</Button>
        <Button
          variant="contained"
          onClick={submit}
          disabled={saving || tooShort}
        >
          Save
        </Button>
      </DialogActions>
    </Dialog>
  );
}
