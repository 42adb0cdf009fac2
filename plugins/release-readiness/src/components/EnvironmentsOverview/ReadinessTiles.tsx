import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useReadiness } from '../../hooks/useReadiness';
import { SourceMark, StatusChip, useFormatters } from '../shared';
import { ReadinessVerdictChip } from '../shared/ReadinessVerdictChip';
import { BoardTile } from './BoardTile';
import { describeFailure } from './describeFailure';

/**
 * An environment's verdict (its first reasons in a tooltip) and its gates, each with checks
 * passed of required ("Release gate 4/5"), from one readiness request.
 */
export function ReadinessTiles(props: { system: string; environment: string }) {
  const { t } = useFormatters();
  const { value, loading, error } = useReadiness(
    props.system,
    props.environment,
  );
  if (loading || error || !value) {
    return (
      <ReadinessVerdictChip
        loading={loading}
        failure={describeFailure(error, t)}
      />
    );
  }
  const gates = (value.items ?? []).flatMap(item =>
    item.kind === 'gate' && item.gate ? [{ item, gate: item.gate }] : [],
  );
  return (
    <Stack spacing={1}>
      <ReadinessVerdictChip loading={false} readiness={value} failure="" />
      {gates.length > 0 && (
        <BoardTile tile="gates">
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
