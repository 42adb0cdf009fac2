import Typography from '@mui/material/Typography';
import type { SourceInfo } from '@release-readiness/plugin-release-readiness-common';
import { BoardTile } from './BoardTile';

/**
 * A {@link BoardTile} that only says why it shows nothing ("could not load", "not configured",
 * "unknown"), in secondary text.
 */
export function TileNote(props: {
  label: string;
  source?: SourceInfo;
  children: string;
}) {
  const { label, source, children } = props;
  return (
    <BoardTile label={label} source={source}>
      <Typography variant="body2" color="text.secondary">
        {children}
      </Typography>
    </BoardTile>
  );
}
