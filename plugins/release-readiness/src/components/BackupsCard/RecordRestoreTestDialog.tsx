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
import type { RestoreTestRecord } from '@internal/backstage-plugin-release-readiness-common';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { errorMessageOf } from './errorMessageOf';
import { newRequestId } from '../shared/newRequestId';

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
  const [testedAt, setTestedAt] = useState(localNow);
  const [outcome, setOutcome] = useState<Outcome>('passed');
  const [link, setLink] = useState('');
  const [reason, setReason] = useState('');
  const [requestId] = useState(newRequestId);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  const testedAtIso = DateTime.fromISO(testedAt);
  const linkOk = isHttpUrl(link.trim());
  const reasonOk = reason.trim().length >= 3;
  const valid = testedAtIso.isValid && linkOk && reasonOk;

  const submit = async () => {
    setSaving(true);
    setError(undefined);
    try {
      await api.recordRestoreTest(system, environment, {
        testedAt: testedAtIso.toUTC().toISO() ?? testedAt,
        outcome,
        link: link.trim(),
        reason: reason.trim(),
        requestId,
      });
      onClose(true);
    } catch (e) {
      setError(errorMessageOf(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open onClose={() => onClose(false)} fullWidth maxWidth="sm">
      <DialogTitle>Record a restore test of {environment}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            label="Tested at"
            type="datetime-local"
            required
            value={testedAt}
            onChange={e => setTestedAt(e.target.value)}
            error={!testedAtIso.isValid}
            helperText="When the restore ran (your local time); within the past year."
            InputLabelProps={{ shrink: true }}
          />
          <TextField
            select
            label="Outcome"
            value={outcome}
            onChange={e => {
              const next = OUTCOMES.find(o => o === e.target.value);
              if (next) setOutcome(next);
            }}
          >
            {OUTCOMES.map(o => (
              <MenuItem key={o} value={o}>
                {o}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label="Report link"
            required
            value={link}
            onChange={e => setLink(e.target.value)}
            error={link.length > 0 && !linkOk}
            helperText="An http(s) link to the restore report."
          />
          <TextField
            label="Reason"
            required
            multiline
            minRows={2}
            value={reason}
            onChange={e => setReason(e.target.value)}
            helperText="At least 3 characters, e.g. what was restored and checked."
          />
          {error && (
            <Alert severity="error" role="alert">
              {error}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(false)}>Cancel</Button>
        <Button
          variant="contained"
          onClick={submit}
          disabled={saving || !valid}
        >
          Record
        </Button>
      </DialogActions>
    </Dialog>
  );
}
