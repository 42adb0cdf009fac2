import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { RollbackVerification } from '@release-readiness/plugin-release-readiness-common';
import { StatusChip } from '../shared';
import { formatLocalDateTime } from '../../format';
import { useLanguage } from '../../hooks/useLanguage';
import { releaseReadinessTranslationRef } from '../../translations/releaseReadinessTranslationRef';

/** The message of each verification status. */
const STATUS = {
  pending: 'rollbacks.verification.pending',
  passed: 'rollbacks.verification.passed',
  failed: 'rollbacks.verification.failed',
  'timed-out': 'rollbacks.verification.timedOut',
  'not-run': 'rollbacks.verification.notRun',
} as const satisfies Record<RollbackVerification['status'], string>;

/**
 * The verification after a rollback's write: its status and each check (rollout, replicas,
 * version, SLA rollback triggers) with its detail. `unknown` checks stay grey.
 */
export function VerificationChecks(props: {
  verification: RollbackVerification;
}) {
  const { status, checks, at } = props.verification;
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const language = useLanguage();
  return (
    <Stack spacing={0.5} aria-label={t('rollbacks.verification.label')}>
      <Typography variant="body2">
        {t('rollbacks.verification.status', { status: t(STATUS[status]) })}
        {at && ` (${formatLocalDateTime(at, language)})`}
      </Typography>
      {checks.map(check => (
        <Stack key={check.name} direction="row" spacing={1} alignItems="center">
          <StatusChip status={check.status} label={check.name} />
          <Typography variant="caption" color="text.secondary">
            {check.detail}
          </Typography>
        </Stack>
      ))}
    </Stack>
  );
}
