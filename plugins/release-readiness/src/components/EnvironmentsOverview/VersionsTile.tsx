import { Link } from '@backstage/core-components';
import Typography from '@mui/material/Typography';
import type { VersionSummaryResponse } from '@release-readiness/plugin-release-readiness-common';
import { type SourcedState, useBoardPaths, useFormatters } from '../shared';
import { BoardTile } from './BoardTile';
import { describeFailure } from './describeFailure';

/** How many workloads a column names before "and N more". */
const SHOWN = 3;

/**
 * What runs in an environment, from the system's version summary (one small request for the
 * board): how many workloads run there and how many of them are unhealthy or not proven healthy,
 * then the first of them with their versions (unhealthy and drifting first), "and N more", and a
 * link to "deployed where" for the rest, with the environment's source. An unavailable source
 * says "unknown", never "nothing deployed".
 */
export function VersionsTile(props: {
  system: string;
  environment: string;
  versions: SourcedState<VersionSummaryResponse>;
}) {
  const { system, environment, versions } = props;
  const { value, loading, error } = versions;
  const paths = useBoardPaths();
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
  if (column.source.status === 'unavailable') {
    return (
      <BoardTile tile="versions" source={column.source}>
        <Typography variant="body2" color="text.secondary">
          {t('board.tile.unknown')}
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
  const counts = [
    t('board.tile.versionsCount', { count: column.workloads }),
    ...(column.unhealthy > 0
      ? [t('board.tile.versionsUnhealthy', { count: column.unhealthy })]
      : []),
    ...(column.unknown > 0
      ? [t('board.tile.versionsUnproven', { count: column.unknown })]
      : []),
  ].join(' · ');
  const shown = deployed.slice(0, SHOWN);
  const more = column.workloads - shown.length;
  let list: string | undefined;
  if (shown.length > 0) {
    list =
      more > 0
        ? t('board.tile.andMore', { list: shown.join(', '), count: more })
        : shown.join(', ');
  }
  return (
    <BoardTile tile="versions" source={column.source}>
      {column.workloads === 0 ? (
        <Typography variant="body2">
          {t('board.tile.versionsNothingDeployed')}
        </Typography>
      ) : (
        <>
          <Typography variant="body2">{counts}</Typography>
          {list && (
            <Typography variant="body2" sx={{ wordBreak: 'break-word' }}>
              {list}
            </Typography>
          )}
          {paths && more > 0 && (
            <Typography variant="body2">
              <Link to={paths.deployed(system)}>
                {t('board.tile.versionsSeeAll', { count: column.workloads })}
              </Link>
            </Typography>
          )}
        </>
      )}
    </BoardTile>
  );
}
