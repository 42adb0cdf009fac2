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
import type {
  DecisionBlockingItem,
  DecisionRecord,
} from '@internal/backstage-plugin-release-readiness-common';
import { useState } from 'react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { formatTime } from '../../format';
import { newRequestId } from '../shared/newRequestId';
import { refusalMessage } from './refusalMessage';

/** `2026-03-24T18:00` (a datetime-local value, the viewer's zone) as ISO, or undefined. */
function isoOf(local: string): string | undefined {
  if (!local) {
    return undefined;
  }
  const at = new Date(local);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

/**
 * Waives one blocking item of a decision with a reason, until a time (default and at most the
 * decision's expiry). Mount it once per opening: its request id is made when it mounts.
 */
export function WaiveDialog(props: {
  decision: Pick<
    DecisionRecord,
    'id' | 'system' | 'environment' | 'version' | 'expiresAt'
  >;
  /** The items that still need a waiver. */
  items: DecisionBlockingItem[];
  onClose(saved: boolean): void;
}) {
  const { decision, items, onClose } = props;
  const api = useApi(releaseReadinessApiRef);
  const [item, setItem] = useState(items[0]?.item ?? '');
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const [requestId] = useState(newRequestId);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const tooShort = reason.trim().length < 3;
  const untilIso = isoOf(until);
  const badUntil = until !== '' && untilIso === undefined;

  const submit = async () => {
    setSaving(true);
    setError(undefined);
    try {
      await api.waive(decision.system, decision.id, {
        item,
        reason: reason.trim(),
        ...(untilIso && { until: untilIso }),
        requestId,
      });
      onClose(true);
    } catch (e) {
      setError(refusalMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open onClose={() => onClose(false)} fullWidth maxWidth="sm">
      <DialogTitle>
        Waive an item of {decision.environment} {decision.version}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            select
            label="Item"
            value={item}
            onChange={e => setItem(e.target.value)}
          >
            {items.map(b => (
              <MenuItem key={b.item} value={b.item}>
                {b.title} ({b.status})
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label="Reason"
            required
            multiline
            minRows={2}
            value={reason}
            onChange={e => setReason(e.target.value)}
            helperText="Why it may go live anyway (at least 3 characters); kept with the waiver."
          />
          <TextField
            label="Waived until"
            type="datetime-local"
            value={until}
            onChange={e => setUntil(e.target.value)}
            InputLabelProps={{ shrink: true }}
            error={badUntil}
            helperText={`Your time zone. Default and at most: the decision's expiry, ${formatTime(
              decision.expiresAt,
            )}.`}
          />
          {error && <Alert severity="error">{error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(false)}>Cancel</Button>
        <Button
          variant="contained"
          onClick={submit}
          disabled={saving || tooShort || !item || badUntil}
        >
          Waive
        </Button>
      </DialogActions>
    </Dialog>
  );
}
