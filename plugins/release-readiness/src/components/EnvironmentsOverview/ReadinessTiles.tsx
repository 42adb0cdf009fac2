import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import Chip from '@mui/material/Chip';
import { useReadiness } from '../../hooks/useReadiness';
import { SourceMark, StatusChip, VerdictChip } from '../shared';
import { BoardTile } from './BoardTile';
import { describeFailure } from './describeFailure';

/**
 * An environment's verdict (its first reasons in a tooltip) and its gates, each with checks
 * passed of required ("Release gate 4/5"), from one readiness request.
 */
export function ReadinessTiles(props: { system: string; environment: string }) {
  const { value, loading, error } = useReadiness(
    props.system,
    props.environment,
  );
  if (loading) {
    return <Chip size="small" variant="outlined" label="Verdict…" />;
  }
  if (error || !value) {
    return (
      <Tooltip title={describeFailure(error)}>
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
  const gates = (value.items ?? []).flatMap(item =>
    item.kind === 'gate' && item.gate ? [{ item, gate: item.gate }] : [],
  );
  return (
    <Stack spacing={1}>
      <Tooltip title={title}>
        <span>
          <VerdictChip verdict={value.verdict} />
        </span>
      </Tooltip>
      {gates.length > 0 && (
        <BoardTile label="Gates">
          {gates.map(({ item, gate }) => (
            <Stack key={item.id} spacing={0.25} data-gate={item.id}>
              <Stack direction="row" spacing={1} alignItems="center">
                <StatusChip
                  status={item.status}
                  label={`${gate.passed}/${gate.required}`}
                />
                <Typography variant="body2">{item.title}</Typography>
              </Stack>
              {item.source.status !== 'ok' && (
                <SourceMark source={item.source} />
              )}
            </Stack>
          ))}
        </BoardTile>
      )}
    </Stack>
  );
}
