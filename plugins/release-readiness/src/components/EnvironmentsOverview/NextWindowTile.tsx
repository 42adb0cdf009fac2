import Typography from '@mui/material/Typography';
import { useCalendar } from '../../hooks/useCalendar';
import { useFormatters } from '../shared';
import { BoardTile } from './BoardTile';
import { describeFailure } from './describeFailure';
import { describeWindows, WINDOW_LOOKAHEAD_DAYS } from './describeWindows';

/** The environment's freeze or next release window, from its calendar. */
export function NextWindowTile(props: { system: string; environment: string }) {
  const { t, language } = useFormatters();
  const { value, loading, error } = useCalendar(
    props.system,
    props.environment,
    WINDOW_LOOKAHEAD_DAYS,
  );
  return (
    <BoardTile tile="releaseWindow">
      <Typography
        variant="body2"
        color={loading || error || !value ? 'text.secondary' : undefined}
      >
        {loading && t('board.tile.loading')}
        {!loading && (error || !value) && describeFailure(error, t)}
        {!loading && value && describeWindows(value, Date.now(), t, language)}
      </Typography>
    </BoardTile>
  );
}
