import { InputError } from '@backstage/errors';
import type { WorkloadSourceFactory } from '@internal/backstage-plugin-release-readiness-node';
import { accessSync, constants } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describeKubernetesTarget } from '../config/describeKubernetesTarget';
import { readSnapshotConfig } from './readSnapshotConfig';
import { SnapshotWorkloadSource } from './SnapshotWorkloadSource';

/**
 * The `snapshot` workload source for air-gapped environments: reads
 * `releaseReadiness.environments.<env>.workloads.path` (relative to the backend's working
 * directory), a `kubectl get deploy,sts,ds,cronjob,job,hpa,rs,pod -o yaml` output file. A
 * missing or unreadable file stops the backend with the key named; a file that later becomes
 * unreadable or malformed makes the tile unavailable.
 *
 * @public
 */
export const snapshotWorkloadSourceFactory: WorkloadSourceFactory = {
  type: 'snapshot',
  describeTarget: ({ config }) =>
    describeKubernetesTarget(config, { offline: true }),
  create({ environment, config }) {
    const snapshot = readSnapshotConfig(environment, config);
    const path = resolve(snapshot.path);
    try {
      accessSync(path, constants.R_OK);
    } catch (error) {
      throw new InputError(
        `Invalid configuration at 'releaseReadiness.environments.${environment}.workloads.path': cannot read ${path} (${
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
