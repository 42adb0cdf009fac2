import type {
  RollbackStrategy,
  RollbackTarget,
  WorkloadSource,
} from '@release-readiness/plugin-release-readiness-node';
import type { AppsV1Api } from '@kubernetes/client-node';
import type {
  KubernetesTestServer,
  RolloutBehaviour,
  StoredObject,
} from '@release-readiness/kubernetes-test-cluster';
import { RollbackCluster, startRollbackCluster } from './startRollbackCluster';

/** The {@link RollbackCluster} of the current test, and how a test starts it. */
export interface UsedRollbackCluster extends RollbackCluster {
  /** Starts the cluster of this test (see {@link startRollbackCluster}). */
  start(rollout?: RolloutBehaviour | false): Promise<void>;
}

/**
 * The rollback cluster of the tests in the enclosing `describe`: each test starts it with
 * `objects()` and the rollout it asks for; it is stopped after each test.
 */
export function useRollbackCluster(
  objects: () => StoredObject[],
): UsedRollbackCluster {
  let current: RollbackCluster | undefined;
  afterEach(async () => {
    await current?.server.stop();
    current = undefined;
  });
  const started = () => {
    if (!current) throw new Error('start() the rollback cluster first');
    return current;
  };
  return {
    start: async rollout => {
      current = await startRollbackCluster(objects(), rollout);
    },
    get server(): KubernetesTestServer {
      return started().server;
    },
    get strategy(): RollbackStrategy {
      return started().strategy;
    },
    get someone(): AppsV1Api {
      return started().someone;
    },
    get workloads(): WorkloadSource {
      return started().workloads;
    },
    target: (kind: RollbackTarget['kind'], name: string) =>
      started().target(kind, name),
  };
}
