import Typography from '@mui/material/Typography';
import { useBackups } from '../../hooks/useBackups';
import { StatusChip, useFormatters } from '../shared';
import { BoardTile } from './BoardTile';
import { LoadedTile } from './LoadedTile';
import { TileNote } from './TileNote';
import { worstStatus } from './worstStatus';

/**
 * Backup freshness of an environment in one line: the worst item with its age against its RPO
 * ("offsite: 3 days ago, RPO 26 h"), with the sources' status and "as of" time; the WAL lag and
 * the restore test count as items. An unavailable source is `unknown`, never fresh.
 */
export function BackupsTile(props: { system: string; environment: string }) {
  const { t, describeAge } = useFormatters();
  return (
    <LoadedTile
      tile="backups"
      state={useBackups(props.system, props.environment)}
    >
      {value => {
        const items = [
          ...value.items.map(item => ({ item, limit: 'RPO' as const })),
          ...(value.walLag
            ? [{ item: value.walLag, limit: 'max lag' as const }]
            : []),
          ...(value.restoreTest
            ? [{ item: value.restoreTest, limit: 'max age' as const }]
            : []),
        ];
        if (items.length === 0) {
          return (
            <TileNote tile="backups">{t('board.tile.notConfigured')}</TileNote>
          );
        }
        const status = worstStatus(items.map(({ item }) => item.status));
        const worst = items.find(({ item }) => item.status === status);
        return (
          <BoardTile tile="backups" source={value.source}>
            <Typography variant="body2" component="div">
              <StatusChip status={status} />{' '}
              {worst &&
                `${worst.item.name}: ${describeAge(worst.item, worst.limit)}`}
            </Typography>
          </BoardTile>
        );
      }}
    </LoadedTile>
  );
}
