import type { WorkloadSource } from '@release-readiness/plugin-release-readiness-node';
import { KubernetesWorkloadSource } from '../kubernetes/KubernetesWorkloadSource';
import type { SharedReads } from '../kubernetes/SharedReads';
import { SnapshotWorkloadSource } from '../snapshot/SnapshotWorkloadSource';
import type { EnvironmentOnCluster } from './EnvironmentOnCluster';

/**
 * The workload source of an environment on a platform cluster: its namespace read live with the
 * cluster's kubeconfig (`kubernetes:<cluster>/<namespace>`), or the air-gapped cluster's snapshot
 * file of that namespace (`snapshot:<cluster>/<namespace>`).
 */
export function createClusterWorkloadSource(
  target: EnvironmentOnCluster,
  shared: SharedReads = {},
): WorkloadSource {
  const name = `${target.cluster.name}/${target.namespace}`;
  if (target.kind === 'snapshot') {
    return new SnapshotWorkloadSource({
      name: `snapshot:${name}`,
      path: target.path,
      namespace: target.namespace,
      ...(target.cluster.takenAt && { takenAt: target.cluster.takenAt }),
    });
  }
  return new KubernetesWorkloadSource({
    name: `kubernetes:${name}`,
    kubeConfig: target.cluster.kubeConfig,
    namespace: target.namespace,
    labelSelector: target.labelSelector,
    parser: shared.parser,
    ...(target.cluster.watch && shared.watches && { watches: shared.watches }),
  });
}
