import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { RollbackRecord } from '@release-readiness/plugin-release-readiness-common';
import { useState } from 'react';
import { formatLocalDateTime } from '../../format';
import { SafeLink } from '../shared';
import { useFollowUp } from './useFollowUp';

/**
 * The playbook's follow-ups of a written rollback: communication done, the post-mortem's owner,
 * due date (48 h after the write) and link. `user` (the signed-in user, when they are the
 * rollback's actor) gets buttons for the missing ones; everyone else sees them read-only.
 */
export function RollbackFollowUps(props: {
  record: RollbackRecord;
  /** The signed-in user's entity ref when they may add follow-ups. */
  user?: string;
  onUpdated: (record: RollbackRecord) => void;
}) {
  const { record, user, onUpdated } = props;
  const { send, busy, error } = useFollowUp(record, onUpdated);
  const [link, setLink] = useState('');
  const followUps = record.followUps;
  if (!followUps) {
    return null;
  }
  const { communication, postMortem } = followUps;
  return (
    <Stack spacing={1} aria-label="Follow-ups">
      <Typography variant="subtitle2">Follow-ups</Typography>
      <Stack direction="row" spacing={1} alignItems="center">
        <Typography variant="body2">
          Communication:{' '}
          {communication.done
            ? `done${communication.by ? ` by ${communication.by}` : ''}${
                communication.at
                  ? ` (${formatLocalDateTime(communication.at)})`
                  : ''
              }`
            : 'not done yet'}
        </Typography>
        {!communication.done && user && (
          <Button
            size="small"
            disabled={busy}
            onClick={() => send({ field: 'communication', value: true })}
          >
            Mark communication done
          </Button>
        )}
      </Stack>
      <Stack direction="row" spacing={1} alignItems="center">
        <Typography variant="body2" component="span">
          Post-mortem due {formatLocalDateTime(postMortem.dueAt)}, owner:
        </Typography>
        {postMortem.owner ? (
          <EntityRefLink entityRef={postMortem.owner} />
        ) : (
          <Typography variant="body2" component="span" color="text.secondary">
            none yet
          </Typography>
        )}
        {!postMortem.owner && user && (
          <Button
            size="small"
            disabled={busy}
            onClick={() => send({ field: 'postMortemOwner', value: user })}
          >
            I own the post-mortem
          </Button>
        )}
      </Stack>
      <Stack direction="row" spacing={1} alignItems="center">
        <Typography variant="body2" component="span">
          Post-mortem:
        </Typography>
        {postMortem.link ? (
          <SafeLink to={postMortem.link}>{postMortem.link}</SafeLink>
        ) : (
          <Typography variant="body2" component="span" color="text.secondary">
            no link yet
          </Typography>
        )}
        {!postMortem.link && user && (
          <>
            <TextField
              size="small"
              label="Post-mortem link"
              value={link}
              onChange={e => setLink(e.target.value)}
            />
            <Button
              size="small"
              disabled={busy || link.trim() === ''}
              onClick={() =>
                send({ field: 'postMortemLink', value: link.trim() })
              }
            >
              Add link
            </Button>
          </>
        )}
      </Stack>
      {error && (
        <Alert severity="error">
          Could not save the follow-up: {error.message}
        </Alert>
      )}
    </Stack>
  );
}
