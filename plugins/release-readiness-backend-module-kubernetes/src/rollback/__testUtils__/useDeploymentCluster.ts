import type { StoredObject } from '@release-readiness/kubernetes-test-cluster';
import { apiTemplate, deploymentFixtures, NAMESPACE } from './rollbackFixtures';
import { UsedRollbackCluster, useRollbackCluster } from './useRollbackCluster';

/** The rollback cluster with the Deployment fixtures, and their Deployment `api`. */
export interface DeploymentCluster extends UsedRollbackCluster {
  /** Deployment `api` as a rollback target. */
  api(): ReturnType<UsedRollbackCluster['target']>;
  /** Deployment `api` as the test server stores it now. */
  stored(): StoredObject | undefined;
  /** The image of container `api` in the stored Deployment's pod template. */
  image(): string;
}

/**
 * {@link useRollbackCluster} with {@link deploymentFixtures}, for the tests of Deployment
 * rollbacks.
 */
export function useDeploymentCluster(): DeploymentCluster {
  const cluster = useRollbackCluster(deploymentFixtures);
  const stored = () =>
    cluster.server.getObject({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      namespace: NAMESPACE,
      name: 'api',
    });
  return Object.assign(cluster, {
    api: () => cluster.target('Deployment', 'api'),
    stored,
    image: () =>
      (stored()?.spec as { template: ReturnType<typeof apiTemplate> }).template
        .spec.containers[0].image,
  });
}
