import type { SourceInfo } from '../sources/types';
import type {
  VersionCell,
  VersionRow,
  VersionsResponse,
  Workload,
  WorkloadKind,
} from './types';

/**
 * One environment's workloads as read by the collector: `items` is absent when its source is
 * unavailable.
 *
 * @public
 */
export interface VersionMatrixInput {
  name: string;
  title: string;
  source: SourceInfo;
  items?: Workload[];
}

const KIND_ORDER: Record<WorkloadKind, number> = {
  Deployment: 0,
  StatefulSet: 1,
  DaemonSet: 2,
  CronJob: 3,
};

/**
 * Orders workloads by kind (Deployment, StatefulSet, DaemonSet, CronJob), then name.
 *
 * @public
 */
export function compareWorkloads(
  a: { kind: WorkloadKind; name: string },
  b: { kind: WorkloadKind; name: string },
): number {
  return (
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name)
  );
}

/** What makes two deployments of a workload "the same version". */
function versionKey(cell: VersionCell): string {
  return cell.version ?? cell.image ?? '';
}

/**
 * Builds the "deployed where" matrix: one row per workload (kind and name) that any environment
 * runs, one cell per environment, and a drift flag when the environments that run it run
 * different versions. Environments whose source is unavailable give `unknown` cells, which
 * never count towards drift, so missing data is never shown as agreement or as drift.
 *
 * @param environments - in promotion order; the cells keep this order
 * @param names - when given, only workloads with these names
 * @public
 */
export function buildVersionMatrix(
  environments: VersionMatrixInput[],
  names?: readonly string[],
): VersionsResponse {
  const wanted = names ? new Set(names) : undefined;
  const rows = new Map<string, { kind: WorkloadKind; name: string }>();
  const byEnvironment = environments.map(environment => {
    const index = new Map<string, Workload>();
    for (const workload of environment.items ?? []) {
      if (wanted && !wanted.has(workload.name)) {
        continue;
      }
      const key = `${workload.kind}/${workload.name}`;
      index.set(key, workload);
      rows.set(key, { kind: workload.kind, name: workload.name });
    }
    return { environment, index };
  });

  const result: VersionRow[] = [...rows.entries()]
    .sort(([, a], [, b]) => compareWorkloads(a, b))
    .map(([key, { kind, name }]) => {
      const cells = byEnvironment.map(({ environment, index }): VersionCell => {
        const stale = environment.source.status === 'stale';
        if (!environment.items) {
          return { environment: environment.name, state: 'unknown' };
        }
        const workload = index.get(key);
        if (!workload) {
          return {
            environment: environment.name,
            state: 'absent',
            ...(stale && { stale }),
          };
        }
        const image = workload.images.find(i => !i.init)?.image;
        return {
          environment: environment.name,
          state: 'deployed',
          ...(workload.version !== undefined && { version: workload.version }),
          ...(image !== undefined && { image }),
          rolloutStatus: workload.rolloutStatus,
          ...(stale && { stale }),
        };
      });
      const versions = new Set(
        cells.filter(c => c.state === 'deployed').map(versionKey),
      );
      return { kind, name, cells, drift: versions.size > 1 };
    });

  return {
    environments: environments.map(({ name, title, source }) => ({
      name,
      title,
      source,
    })),
    rows: result,
  };
}
