import { InputError } from '@backstage/errors';
import {
  readConfigWithSchema,
  type SourceFactoryOptions,
} from '@release-readiness/plugin-release-readiness-node';
import { accessSync, constants } from 'node:fs';
import { resolve } from 'node:path';
import type { PlatformClusters } from '../clusters/PlatformCluster';
import { readEnvironmentCluster } from '../clusters/readEnvironmentCluster';
import { namespaceNameSchema } from '../config/namespaceNameSchema';
import { readOwnConnection } from '../config/readOwnConnection';
import { refuseTeamConnections } from '../config/refuseTeamConnections';
import { readSnapshotConfig } from '../snapshot/readSnapshotConfig';
import type { BackupObjects } from './BackupObjects';
import type { BackupTarget } from './BackupTarget';
import { DEFAULT_VELERO_NAMESPACE } from './DEFAULT_VELERO_NAMESPACE';
import { errorCodeOf } from './errorCodeOf';
import { LiveBackupObjects } from './LiveBackupObjects';
import { SnapshotBackupObjects } from './SnapshotBackupObjects';

function shared(
  pool: Map<string, BackupObjects>,
  key: string,
  create: () => BackupObjects,
): BackupObjects {
  let objects = pool.get(key);
  if (!objects) {
    objects = create();
    pool.set(key, objects);
  }
  return objects;
}

/**
 * Resolves where an environment's Kubernetes backup items are read, as the workload sources
 * resolve its workloads: the platform cluster it names (`cluster`, `namespace`; live, or the
 * air-gapped cluster's snapshot of the namespace), or, platform-owned only, its own `kubernetes`
 * connection or `workloads: { source: snapshot, path }` file. Readers of one platform cluster or
 * snapshot file are shared (through `pool`) by every item that reads it.
 *
 * @throws `InputError` naming the key: a connection or file in a team-owned block, an invalid or
 *   unknown cluster (see `readEnvironmentCluster`), a block that names no cluster and has no
 *   connection of its own
 */
export function resolveBackupTarget(
  options: SourceFactoryOptions,
  clusters: PlatformClusters,
  pool: Map<string, BackupObjects>,
): BackupTarget {
  refuseTeamConnections(options);
  const { config, keyPrefix, system, environment } = options;
  const onCluster = readEnvironmentCluster(options, clusters);
  if (onCluster) {
    const { cluster, namespace } = onCluster;
    const platform = {
      key: `releaseReadiness.clusters.${cluster.name}`,
      veleroNamespace: cluster.veleroNamespace ?? DEFAULT_VELERO_NAMESPACE,
    };
    if (onCluster.kind === 'snapshot') {
      const { path } = onCluster;
      const { takenAt } = onCluster.cluster;
      return {
        mode: 'snapshot',
        cluster: cluster.name,
        namespace,
        platform,
        keySuffix: '',
        objects: shared(
          pool,
          `snapshot:${path}`,
          () => new SnapshotBackupObjects({ path, takenAt }),
        ),
      };
    }
    const { kubeConfig } = onCluster.cluster;
    return {
      mode: 'kubernetes',
      cluster: cluster.name,
      namespace,
      platform,
      keySuffix: '',
      rateLimitGroup: `kubernetes-cluster:${cluster.name}`,
      objects: shared(
        pool,
        `cluster:${cluster.name}`,
        () => new LiveBackupObjects({ kubeConfig }),
      ),
    };
  }
  const keySuffix = `@${system}/${environment}`;
  if (config.getOptional('workloads.source') === 'snapshot') {
    const snapshot = readSnapshotConfig(keyPrefix, config);
    const namespace = readConfigWithSchema(
      config,
      'kubernetes.namespace',
      namespaceNameSchema,
      keyPrefix,
    );
    const path = resolve(snapshot.path);
    try {
      accessSync(path, constants.R_OK);
    } catch (error) {
      throw new InputError(
        `Invalid configuration at '${keyPrefix}.workloads.path': cannot read ${path} (${errorCodeOf(
          error,
        )})`,
      );
    }
    return {
      mode: 'snapshot',
      cluster: config.getOptionalString('kubernetes.cluster') ?? environment,
      namespace,
      keySuffix,
      objects: new SnapshotBackupObjects({ path, takenAt: snapshot.takenAt }),
    };
  }
  const own = readOwnConnection(keyPrefix, config, environment);
  if (own) {
    return {
      mode: 'kubernetes',
      cluster: own.cluster,
      namespace: own.namespace,
      keySuffix,
      objects: new LiveBackupObjects({ kubeConfig: own.kubeConfig }),
    };
  }
  throw new InputError(
    `Invalid configuration at '${keyPrefix}.cluster': a Kubernetes backup source reads the environment's cluster and namespace; name a cluster of releaseReadiness.clusters (configured: ${
      [...clusters.keys()].join(', ') || 'none'
    })`,
  );
}
