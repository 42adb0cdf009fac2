import { useApi } from '@backstage/frontend-plugin-api';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { DecisionRecord } from '@internal/backstage-plugin-release-readiness-common';
import { useState } from 'react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { newRequestId } from '../shared/newRequestId';
import { refusalMessage } from './refusalMessage';

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
  const [vote, setVote] = useState<'go' | 'no-go'>();
  const [reason, setReason] = useState('');
  const [requestId] = useState(newRequestId);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const tooShort = reason.trim().length < 3;

  const submit = async () => {
    if (!vote) {
      return;
    }
    setSaving(true);
    setError(undefined);
    try {
      await api.vote(decision.system, decision.id, {
        vote,
        reason: reason.trim(),
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
        Vote on {decision.environment} {decision.version}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <FormControl>
            <FormLabel id="decision-vote-label">Your vote</FormLabel>
            <RadioGroup
              row
              aria-labelledby="decision-vote-label"
              value={vote ?? ''}
              onChange={e => setVote(e.target.value as 'go' | 'no-go')}
            >
              <FormControlLabel value="go" control={<Radio />} label="Go" />
              <FormControlLabel
                value="no-go"
                control={<Radio />}
                label="No-go"
              />
            </RadioGroup>
          </FormControl>
          <TextField
            label="Reason"
            required
            multiline
            minRows={2}
            value={reason}
            onChange={e => setReason(e.target.value)}
            helperText="Kept with your vote (at least 3 characters); a no-go decides no-go."
          />
          {error && <Alert severity="error">{error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(false)}>Cancel</Button>
        <Button
          variant="contained"
          color={vote === 'no-go' ? 'error' : 'primary'}
          onClick={submit}
          disabled={saving || tooShort || !vote}
        >
          {vote === 'no-go' ? 'Vote no-go' : 'Vote go'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
