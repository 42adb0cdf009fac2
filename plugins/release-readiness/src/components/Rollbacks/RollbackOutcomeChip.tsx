import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Chip from '@mui/material/Chip';
import type { RollbackOutcome } from '@release-readiness/plugin-release-readiness-common';
import { releaseReadinessTranslationRef } from '../../translations/releaseReadinessTranslationRef';

const LOOK: Record<
  RollbackOutcome,
  {
    color: 'success' | 'info' | 'error' | 'warning' | 'default';
    variant: 'filled' | 'outlined';
  }
> = {
  succeeded: { color: 'success', variant: 'filled' },
  'in-progress': { color: 'info', variant: 'filled' },
  failed: { color: 'error', variant: 'filled' },
  conflict: { color: 'warning', variant: 'filled' },
  refused: { color: 'warning', variant: 'outlined' },
  skipped: { color: 'default', variant: 'outlined' },
  'dry-run': { color: 'default', variant: 'outlined' },
};

/** The message of each outcome's label. */
const LABEL = {
  succeeded: 'rollbacks.outcome.succeeded',
  'in-progress': 'rollbacks.outcome.inProgress',
  failed: 'rollbacks.outcome.failed',
  conflict: 'rollbacks.outcome.conflict',
  refused: 'rollbacks.outcome.refused',
  skipped: 'rollbacks.outcome.skipped',
  'dry-run': 'rollbacks.outcome.dryRun',
} as const satisfies Record<RollbackOutcome, string>;

/**
 * A rollback's outcome as a chip: only `succeeded` (written and verified) is green; a write that
 * is still being verified is `in-progress`, never green.
 *
 * @public
 */
export function RollbackOutcomeChip(props: { outcome: RollbackOutcome }) {
  const { outcome } = props;
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const look = LOOK[outcome];
  return (
    <Chip
      size="small"
      color={look.color}
      variant={look.variant}
      label={t(LABEL[outcome])}
    />
  );
}
