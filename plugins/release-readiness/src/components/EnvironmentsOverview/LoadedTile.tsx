import Typography from '@mui/material/Typography';
import type { SourceInfo } from '@release-readiness/plugin-release-readiness-common';
import type { ReactNode } from 'react';
import { useFormatters } from '../shared';
import { BoardTile, type BoardTileId } from './BoardTile';
import { describeFailure } from './describeFailure';
import { TileNote } from './TileNote';

/**
 * A {@link BoardTile} for one backend call: "Loading…", the failure ({@link describeFailure}),
 * with `notConfigured` "not configured" when the source is not configured, else what `children`
 * renders of the answer.
 */
export function LoadedTile<T extends { source: SourceInfo }>(props: {
  tile: BoardTileId;
  /** The call's state, as the hook returns it. */
  state: { loading: boolean; error?: Error; value?: T };
  /** Say "not configured" (without a source line) for a source that is not configured. */
  notConfigured?: boolean;
  children: (value: T) => ReactNode;
}) {
  const { tile, state, notConfigured, children } = props;
  const { t } = useFormatters();
  if (state.loading) {
    return (
      <BoardTile tile={tile}>
        <Typography variant="body2">{t('board.tile.loading')}</Typography>
      </BoardTile>
    );
  }
  if (state.error || !state.value) {
    return <TileNote tile={tile}>{describeFailure(state.error, t)}</TileNote>;
  }
  if (notConfigured && state.value.source.error?.type === 'NOT_CONFIGURED') {
    return <TileNote tile={tile}>{t('board.tile.notConfigured')}</TileNote>;
  }
  return <>{children(state.value)}</>;
}
