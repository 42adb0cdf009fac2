import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SourceInfo } from '@release-readiness/plugin-release-readiness-common';
import type { ReactNode } from 'react';
import { SourceMark, useFormatters } from '../shared';

/** The tiles of a board column: each one's label and (untranslated) test id. */
const TILES = {
  gates: { label: 'board.tile.gates', testId: 'gates' },
  versions: { label: 'board.tile.versions', testId: 'versions' },
  workloads: { label: 'board.tile.workloads', testId: 'workloads' },
  owners: { label: 'board.tile.owners', testId: 'owners-raci-' },
  onCall: { label: 'board.tile.onCall', testId: 'on-call-now' },
  sla: { label: 'board.tile.sla', testId: 'sla' },
  backups: { label: 'board.tile.backups', testId: 'backups' },
  releaseWindow: {
    label: 'board.tile.releaseWindow',
    testId: 'release-window',
  },
} as const;

/** One of the tiles of a board column. */
export type BoardTileId = keyof typeof TILES;

/**
 * One line of facts in an environment's board column: a label ("SLA", "Backups", …, in the
 * portal's language), its content and, when it comes from a source, the source's status and "as
 * of" time.
 */
export function BoardTile(props: {
  tile: BoardTileId;
  source?: SourceInfo;
  children: ReactNode;
}) {
  const { tile, source, children } = props;
  const { t } = useFormatters();
  const label = t(TILES[tile].label);
  return (
    <Stack
      spacing={0.25}
      component="section"
      aria-label={label}
      data-testid={`board-tile-${TILES[tile].testId}`}
    >
      <Typography variant="overline" color="text.secondary" lineHeight={1.5}>
        {label}
      </Typography>
      {children}
      {source && <SourceMark source={source} />}
    </Stack>
  );
}
