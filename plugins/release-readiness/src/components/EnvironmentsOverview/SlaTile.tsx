import Typography from '@mui/material/Typography';
import { useSla } from '../../hooks/useSla';
import { StatusChip, useFormatters } from '../shared';
import { BoardTile } from './BoardTile';
import { LoadedTile } from './LoadedTile';
import { worstStatus } from './worstStatus';

/**
 * The SLA of an environment in one line: the worst service's status and name ("auth fails"), or
 * "not configured"; with the source's status and "as of" time. An unavailable source is
 * `unknown`, never a pass.
 */
export function SlaTile(props: { system: string; environment: string }) {
  const { t } = useFormatters();
  return (
    <LoadedTile
      tile="sla"
      state={useSla(props.system, props.environment)}
      notConfigured
    >
      {value => {
        const usable = value.source.status !== 'unavailable';
        const status = usable
          ? worstStatus(value.services.map(s => s.status))
          : 'unknown';
        const worst = usable
          ? value.services.find(s => s.status === status)
          : undefined;
        return (
          <BoardTile tile="sla" source={value.source}>
            <Typography variant="body2" component="div">
              <StatusChip status={status} />{' '}
              {worst
                ? t('board.tile.slaWorst', {
                    name: worst.name,
                    count: value.services.length,
                  })
                : t('board.tile.noResult')}
            </Typography>
          </BoardTile>
        );
      }}
    </LoadedTile>
  );
}
