import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { RollbackRecord } from '@release-readiness/plugin-release-readiness-common';
import { formatLocalDateTime } from '../../format';
import { useLanguage } from '../../hooks/useLanguage';
import { releaseReadinessTranslationRef } from '../../translations/releaseReadinessTranslationRef';
import { SafeLink } from '../shared';
import { describeRollbackTarget } from './describeRollbackTarget';
import { RollbackFollowUps } from './RollbackFollowUps';
import { RollbackOutcomeChip } from './RollbackOutcomeChip';
import { VerificationChecks } from './VerificationChecks';

/**
 * One rollback record: the workload, from → to (revisions and versions) with the changed images,
 * who and why, the outcome with its message, the verification, when it started and finished,
 * the pipeline run and the follow-ups.
 */
export function RollbackItem(props: {
  record: RollbackRecord;
  /** The signed-in user's entity ref. */
  user?: string;
  onUpdated: (record: RollbackRecord) => void;
}) {
  const { record, user, onUpdated } = props;
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const language = useLanguage();
  const { kind, name } = record.workload;
  const target = describeRollbackTarget(record.diff, t);
  return (
    <Stack
      component="li"
      spacing={1}
      sx={{ listStyle: 'none', py: 1.5 }}
      aria-label={t('rollbacks.item.ariaLabel', { kind, name })}
      data-testid="rollback-record"
    >
      <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap">
        <RollbackOutcomeChip outcome={record.outcome} />
        <Typography variant="subtitle1" component="h3">
          {kind} {name}
        </Typography>
        {target && <Typography variant="body2">{target}</Typography>}
        {record.dryRun && (
          <Typography variant="caption" color="text.secondary">
            {t('rollbacks.item.dryRun')}
          </Typography>
        )}
      </Stack>
      <Typography variant="body2">{record.message}</Typography>
      {record.diff && record.diff.changes.length > 0 && (
        <Stack
          component="ul"
          sx={{ m: 0, pl: 2 }}
          aria-label={t('rollbacks.item.changes')}
        >
          {record.diff.changes.map(change => (
            <Typography component="li" variant="caption" key={change.container}>
              {change.container}: {change.from ?? '—'} → {change.to ?? '—'}
            </Typography>
          ))}
        </Stack>
      )}
      <Typography variant="body2" component="div">
        {t('rollbacks.item.by', {
          actor: <EntityRefLink entityRef={record.actor} />,
          reason: record.reason,
        })}
        {record.overrideReason &&
          ` ${t('rollbacks.item.freezeOverride', {
            reason: record.overrideReason,
          })}`}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {record.completedAt
          ? t('rollbacks.item.finished', {
              strategy: record.strategy,
              startedAt: formatLocalDateTime(record.createdAt, language),
              finishedAt: formatLocalDateTime(record.completedAt, language),
            })
          : t('rollbacks.item.notFinished', {
              strategy: record.strategy,
              startedAt: formatLocalDateTime(record.createdAt, language),
            })}
      </Typography>
      {record.run && (
        <Typography variant="body2">
          {t('rollbacks.item.pipelineRun')}{' '}
          <SafeLink to={record.run.url}>
            {t('rollbacks.item.run', { id: record.run.id })}
          </SafeLink>
          {record.run.conclusion && ` (${record.run.conclusion})`}
        </Typography>
      )}
      {record.verification.status !== 'not-run' && (
        <VerificationChecks verification={record.verification} />
      )}
      <RollbackFollowUps
        record={record}
        user={user === record.actor ? user : undefined}
        onUpdated={onUpdated}
      />
      <Divider />
    </Stack>
  );
}
