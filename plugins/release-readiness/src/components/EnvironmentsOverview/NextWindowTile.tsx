import Typography from '@mui/material/Typography';
import { useCalendar } from '../../hooks/useCalendar';
import { BoardTile } from './BoardTile';
import { describeFailure } from './describeFailure';
import { describeWindows, WINDOW_LOOKAHEAD_DAYS } from './describeWindows';

/** The environment's freeze or next release window, from its calendar. */
export function NextWindowTile(props: { system: string; environment: string }) {
  const { value, loading, error } = useCalendar(
    props.system,
    props.environment,
    WINDOW_LOOKAHEAD_DAYS,
  );
  return (
    <BoardTile label="Release window">
      <Typography
        variant="body2"
        color={loading || error || !value ? 'text.secondary' : undefined}
      >
        {loading && 'Loading…'}
        {!loading && (error || !value) && describeFailure(error)}
        {!loading && value && describeWindows(value, Date.now())}
      </Typography>
    </BoardTile>
  );
}
