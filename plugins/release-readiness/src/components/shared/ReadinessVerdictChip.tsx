import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import type { ReadinessVerdict } from '@release-readiness/plugin-release-readiness-common';
import { VerdictChip } from './VerdictChip';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { releaseReadinessTranslationRef } from '../../translations';

/**
 * The verdict of a readiness answer with its first three reasons in a tooltip ("and 2 more");
 * loading: "Verdict…"; without an answer: "Verdict unavailable" with `failure` in its tooltip.
 */
export function ReadinessVerdictChip(props: {
  loading: boolean;
  readiness?: {
    verdict: ReadinessVerdict;
    reasons: { text: string }[];
    /** How many reasons there are in all, when `reasons` holds only the first. */
    reasonCount?: number;
  };
  /** Why there is no answer (the tooltip of "Verdict unavailable"). */
  failure: string;
}) {
  const { loading, readiness, failure } = props;
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  if (loading) {
    return (
      <Chip
        size="small"
        variant="outlined"
        label={t('board.verdict.loading')}
      />
    );
  }
  if (!readiness) {
    return (
      <Tooltip title={failure}>
        <Chip
          size="small"
          variant="outlined"
          label={t('board.verdict.unavailable')}
          aria-label={t('board.verdict.unavailable')}
        />
      </Tooltip>
    );
  }
  const reasons = readiness.reasons.slice(0, 3).map(r => r.text);
  const more =
    (readiness.reasonCount ?? readiness.reasons.length) - reasons.length;
  const title =
    reasons.length > 0
      ? [
          ...reasons,
          ...(more > 0 ? [t('board.verdict.andMore', { count: more })] : []),
        ].join(' · ')
      : t('board.verdict.allPass');
  return (
    <Tooltip title={title}>
      <span>
        <VerdictChip verdict={readiness.verdict} />
      </span>
    </Tooltip>
  );
}
