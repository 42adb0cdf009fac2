import Typography from '@mui/material/Typography';
import type { VersionsResponse } from '@release-readiness/plugin-release-readiness-common';
import { type SourcedState, useFormatters } from '../shared';
import { BoardTile } from './BoardTile';
import { describeFailure } from './describeFailure';

/** How many workloads a column names before "and N more". */
const SHOWN = 3;

/**
 * What runs in an environment, from the system's "deployed where" matrix (one request for the
 * board): the first workloads with their versions, with the environment's source; a workload of
 * an unavailable source is "unknown", never "not deployed".
 */
export function VersionsTile(props: {
  environment: string;
  versions: SourcedState<VersionsResponse>;
}) {
  const { environment, versions } = props;
  const { value, loading, error } = versions;
  const { t } = useFormatters();
  if (loading) {
    return (
      <BoardTile tile="versions">
        <Typography variant="body2">{t('board.tile.loading')}</Typography>
      </BoardTile>
    );
  }
  const column = value?.environments.find(c => c.name === environment);
  if (error || !value || !column) {
    return (
      <BoardTile tile="versions">
        <Typography variant="body2" color="text.secondary">
          {error || !value
            ? describeFailure(error, t)
            : t('board.tile.versionsNotInMatrix')}
        </Typography>
      </BoardTile>
    );
  }
  const deployed = value.rows.flatMap(row => {
    const cell = row.cells.find(c => c.environment === environment);
    return cell?.state === 'deployed'
      ? [
          t(
            cell.stale
              ? 'board.tile.versionEntryStale'
              : 'board.tile.versionEntry',
            {
              name: row.name,
              version: cell.version ?? t('board.tile.noVersion'),
            },
          ),
        ]
      : [];
  });
  const unknown = value.rows.some(
    row =>
      row.cells.find(c => c.environment === environment)?.state === 'unknown',
  );
  let text: string;
  if (deployed.length > 0) {
    const more = deployed.length - SHOWN;
    const shown = deployed.slice(0, SHOWN).join(', ');
    text =
      more > 0 ? t('board.tile.andMore', { list: shown, count: more }) : shown;
  } else {
    text = unknown
      ? t('board.tile.unknown')
      : t('board.tile.versionsNothingDeployed');
  }
  return (
    <BoardTile tile="versions" source={column.source}>
      <Typography variant="body2" sx={{ wordBreak: 'break-word' }}>
        {text}
      </Typography>
    </BoardTile>
  );
}
