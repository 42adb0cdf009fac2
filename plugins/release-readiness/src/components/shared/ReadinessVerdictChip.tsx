import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import type { ReadinessVerdict } from '@release-readiness/plugin-release-readiness-common';
import { VerdictChip } from './VerdictChip';

/**
 * The verdict of a readiness answer with its first three reasons in a tooltip ("and 2 more");
 * loading: "Verdict…"; without an answer: "Verdict unavailable" with `failure` in its tooltip.
 */
export function ReadinessVerdictChip(props: {
  loading: boolean;
  readiness?: { verdict: ReadinessVerdict; reasons: { text: string }[] };
  /** Why there is no answer (the tooltip of "Verdict unavailable"). */
  failure: string;
}) {
  const { loading, readiness, failure } = props;
  if (loading) {
    return <Chip size="small" variant="outlined" label="Verdict…" />;
  }
  if (!readiness) {
    return (
      <Tooltip title={failure}>
        <Chip
          size="small"
          variant="outlined"
          label="Verdict unavailable"
          aria-label="Verdict unavailable"
        />
      </Tooltip>
    );
  }
  const reasons = readiness.reasons.slice(0, 3).map(r => r.text);
  const more = readiness.reasons.length - reasons.length;
  const title =
    reasons.length > 0
      ? `${reasons.join(' · ')}${more > 0 ? ` · and ${more} more` : ''}`
      : 'Every gate and precondition passes';
  return (
    <Tooltip title={title}>
      <span>
        <VerdictChip verdict={readiness.verdict} />
      </span>
    </Tooltip>
  );
}
