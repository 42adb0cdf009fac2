import Typography from '@mui/material/Typography';
import type { SourceInfo } from '@release-readiness/plugin-release-readiness-common';
import type { ReactNode } from 'react';
import { BoardTile } from './BoardTile';
import { describeFailure } from './describeFailure';
import { TileNote } from './TileNote';

/**
 * A {@link BoardTile} for one backend call: "Loading…", the failure ({@link describeFailure}),
 * with `notConfigured` "not configured" when the source is not configured, else what `children`
 * renders of the answer.
 */
export function LoadedTile<T extends { source: SourceInfo }>(props: {
  label: string;
  /** The call's state, as the hook returns it. */
  state: { loading: boolean; error?: Error; value?: T };
  /** Say "not configured" (without a source line) for a source that is not configured. */
  notConfigured?: boolean;
  children: (value: T) => ReactNode;
}) {
  const { label, state, notConfigured, children } = props;
  if (state.loading) {
    return (
      <BoardTile label={label}>
        <Typography variant="body2">Loading…</Typography>
      </BoardTile>
    );
  }
  if (state.error || !state.value) {
    return <TileNote label={label}>{describeFailure(state.error)}</TileNote>;
  }
  if (notConfigured && state.value.source.error?.type === 'NOT_CONFIGURED') {
    return <TileNote label={label}>not configured</TileNote>;
  }
  return <>{children(state.value)}</>;
}
