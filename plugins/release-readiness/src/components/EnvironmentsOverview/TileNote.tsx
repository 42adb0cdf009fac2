import Typography from '@mui/material/Typography';
import type { SourceInfo } from '@release-readiness/plugin-release-readiness-common';
import { BoardTile, type BoardTileId } from './BoardTile';

/**
 * A {@link BoardTile} that only says why it shows nothing ("could not load", "not configured",
 * "unknown"), in secondary text.
 */
export function TileNote(props: {
  tile: BoardTileId;
  source?: SourceInfo;
  children: string;
}) {
  const { tile, source, children } = props;
  return (
    <BoardTile tile={tile} source={source}>
      <Typography variant="body2" color="text.secondary">
        {children}
      </Typography>
    </BoardTile>
  );
}
