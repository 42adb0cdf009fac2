import Typography from '@mui/material/Typography';
import type { Workload } from '@release-readiness/plugin-release-readiness-common';
import { useWorkloads } from '../../hooks/useWorkloads';
import { ROLLOUT_STATUS_KEYS, useFormatters } from '../shared';
import { BoardTile } from './BoardTile';
import { LoadedTile } from './LoadedTile';
import { TileNote } from './TileNote';

/** Healthy as `kubectl rollout status` judges it, with every desired replica ready. */
function isHealthy(workload: Workload): boolean {
  if (workload.rolloutStatus !== 'complete') {
    return false;
  }
  const replicas = workload.replicas;
  return !replicas || replicas.ready >= replicas.desired;
}

/**
 * How many of an environment's workloads are healthy ("12/14 healthy"), naming the first
 * unhealthy ones, with the source's status and "as of" time. An unavailable source shows no
 * count: unknown is never healthy.
 */
export function WorkloadsTile(props: { system: string; environment: string }) {
  const { t } = useFormatters();
  return (
    <LoadedTile
      tile="workloads"
      state={useWorkloads(props.system, props.environment)}
      notConfigured
    >
      {value => {
        if (value.source.status === 'unavailable') {
          return (
            <TileNote tile="workloads" source={value.source}>
              {t('board.tile.unknown')}
            </TileNote>
          );
        }
        const unhealthy = value.items.filter(w => !isHealthy(w));
        const healthy = value.items.length - unhealthy.length;
        const named = unhealthy
          .slice(0, 2)
          .map(w => `${w.name} (${t(ROLLOUT_STATUS_KEYS[w.rolloutStatus])})`);
        const more = unhealthy.length - named.length;
        return (
          <BoardTile tile="workloads" source={value.source}>
            <Typography variant="body2">
              {t('board.tile.workloadsHealthy', {
                healthy: String(healthy),
                total: String(value.items.length),
              })}
              {named.length > 0 &&
                ` · ${
                  more > 0
                    ? t('board.tile.andMore', {
                        list: named.join(', '),
                        count: more,
                      })
                    : named.join(', ')
                }`}
            </Typography>
          </BoardTile>
        );
      }}
    </LoadedTile>
  );
}
