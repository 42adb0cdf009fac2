import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { RollbackRecord } from '@release-readiness/plugin-release-readiness-common';
import { useState } from 'react';
import { formatLocalDateTime } from '../../format';
import { useLanguage } from '../../hooks/useLanguage';
import { releaseReadinessTranslationRef } from '../../translations/releaseReadinessTranslationRef';
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
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const language = useLanguage();
  const followUps = record.followUps;
  if (!followUps) {
    return null;
  }
  const { communication, postMortem } = followUps;
  const done = communication.by
    ? t('rollbacks.followUps.doneBy', { by: communication.by })
    : t('rollbacks.followUps.done');
  const doneAt = communication.at
    ? ` (${formatLocalDateTime(communication.at, language)})`
    : '';
  return (
    <Stack spacing={1} aria-label={t('rollbacks.followUps.title')}>
      <Typography variant="subtitle2">
        {t('rollbacks.followUps.title')}
      </Typography>
      <Stack direction="row" spacing={1} alignItems="center">
        <Typography variant="body2">
          {t('rollbacks.followUps.communication', {
            status: communication.done
              ? `${done}${doneAt}`
              : t('rollbacks.followUps.notDone'),
          })}
        </Typography>
        {!communication.done && user && (
          <Button
            size="small"
            disabled={busy}
            onClick={() => send({ field: 'communication', value: true })}
          >
            {t('rollbacks.followUps.markCommunicationDone')}
          </Button>
        )}
      </Stack>
      <Stack direction="row" spacing={1} alignItems="center">
        <Typography variant="body2" component="span">
          {t('rollbacks.followUps.postMortemDue', {
            dueAt: formatLocalDateTime(postMortem.dueAt, language),
          })}
        </Typography>
        {postMortem.owner ? (
          <EntityRefLink entityRef={postMortem.owner} />
        ) : (
          <Typography variant="body2" component="span" color="text.secondary">
            {t('rollbacks.followUps.noOwner')}
          </Typography>
        )}
        {!postMortem.owner && user && (
          <Button
            size="small"
            disabled={busy}
            onClick={() => send({ field: 'postMortemOwner', value: user })}
          >
            {t('rollbacks.followUps.ownPostMortem')}
          </Button>
        )}
      </Stack>
      <Stack direction="row" spacing={1} alignItems="center">
        <Typography variant="body2" component="span">
          {t('rollbacks.followUps.postMortem')}
        </Typography>
        {postMortem.link ? (
          <SafeLink to={postMortem.link}>{postMortem.link}</SafeLink>
        ) : (
          <Typography variant="body2" component="span" color="text.secondary">
            {t('rollbacks.followUps.noLink')}
          </Typography>
        )}
        {!postMortem.link && user && (
          <>
            <TextField
              size="small"
              label={t('rollbacks.followUps.linkField')}
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
              {t('rollbacks.followUps.addLink')}
            </Button>
          </>
        )}
      </Stack>
      {error && (
        <Alert severity="error">
          {t('rollbacks.followUps.saveError', { message: error.message })}
        </Alert>
      )}
    </Stack>
  );
}
