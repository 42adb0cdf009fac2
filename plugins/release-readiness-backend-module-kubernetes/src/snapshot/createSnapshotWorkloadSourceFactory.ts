import { InputError } from '@backstage/errors';
import type { WorkloadSourceFactory } from '@release-readiness/plugin-release-readiness-node';
import { accessSync, constants } from 'node:fs';
import { basename, resolve } from 'node:path';
import { createClusterWorkloadSource } from '../clusters/createClusterWorkloadSource';
import { describeClusterTarget } from '../clusters/describeClusterTarget';
import { namesAirGappedCluster } from '../clusters/namesAirGappedCluster';
import type { PlatformClusters } from '../clusters/PlatformCluster';
import { readEnvironmentCluster } from '../clusters/readEnvironmentCluster';
import { describeKubernetesTarget } from '../config/describeKubernetesTarget';
import { refuseTeamConnections } from '../config/refuseTeamConnections';
import { readSnapshotConfig } from './readSnapshotConfig';
import { SnapshotWorkloadSource } from './SnapshotWorkloadSource';

/**
 * The `snapshot` workload source for air-gapped environments: a
 * `kubectl get deploy,sts,ds,cronjob,job,hpa,rs,pod -o yaml` output file.
 *
 * @remarks
 * An environment names an air-gapped platform cluster (`cluster: <name>`, `namespace`; the file
 * is the cluster's `snapshots.<namespace>`), which this source serves also without
 * `workloads.source`; or, platform-owned only, says `workloads: { source: snapshot, path }`
 * (relative to the backend's working directory). A missing or unreadable file stops the backend
 * with the key named; a file that later becomes unreadable or malformed makes the tile
 * unavailable. A team-owned block with a `workloads.path` is a configuration error.
 *
 * @param clusters - the platform's clusters (`releaseReadiness.clusters`), read at start-up
 */
export function createSnapshotWorkloadSourceFactory(
  clusters: PlatformClusters,
): WorkloadSourceFactory {
  return {
    type: 'snapshot',
    configures: ({ config }) => namesAirGappedCluster(config, clusters),
    describeTarget: ({ config }) =>
      config.has('cluster')
        ? describeClusterTarget(config, clusters)
        : describeKubernetesTarget(config, { offline: true }),
    create(options) {
      refuseTeamConnections(options);
      const { config, keyPrefix } = options;
      const onCluster = readEnvironmentCluster(options, clusters);
      if (onCluster?.kind === 'live') {
        throw new InputError(
          `Invalid configuration at '${keyPrefix}.workloads.source': cluster '${onCluster.cluster.name}' is read live, not from a snapshot; remove workloads.source or set it to kubernetes`,
        );
      }
      if (onCluster) {
        return createClusterWorkloadSource(onCluster);
      }
      const snapshot = readSnapshotConfig(keyPrefix, config);
      const path = resolve(snapshot.path);
      try {
        accessSync(path, constants.R_OK);
      } catch (error) {
        throw new InputError(
          `Invalid configuration at '${keyPrefix}.workloads.path': cannot read ${path} (${
            (error as NodeJS.ErrnoException).code
          })`,
        );
      }
      return new SnapshotWorkloadSource({
        name: `snapshot:${basename(path)}`,
        path,
        namespace: config.getOptionalString('kubernetes.namespace'),
        takenAt: snapshot.takenAt,
      });
    },
  };
}
