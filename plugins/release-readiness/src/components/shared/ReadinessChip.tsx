import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { useReadiness } from '../../hooks/useReadiness';
import { VerdictChip } from './VerdictChip';

/**
 * The verdict of an environment right now, for the overview cards and the landing page; the
 * first reasons in a tooltip.
 *
 * @public
 */
export function ReadinessChip(props: { system: string; environment: string }) {
  const { value, loading, error } = useReadiness(
    props.system,
    props.environment,
  );
  if (loading) {
    return <Chip size="small" variant="outlined" label="Verdict…" />;
  }
  if (error || !value) {
    return (
      <Tooltip title={error?.message ?? 'No data'}>
        <Chip
          size="small"
          variant="outlined"
          label="Verdict unavailable"
          aria-label="Verdict unavailable"
        />
      </Tooltip>
    );
  }
  const reasons = value.reasons.slice(0, 3).map(r => r.text);
  const more = value.reasons.length - reasons.length;
  const title =
    reasons.length > 0
      ? `${reasons.join(' · ')}${more > 0 ? ` · and ${more} more` : ''}`
      : 'Every gate and precondition passes';
  return (
    <Tooltip title={title}>
      <span>
        <VerdictChip verdict={value.verdict} />
      </span>
    </Tooltip>
  );
}
