import type { Config } from '@backstage/config';
import type { KubeConfig } from '@kubernetes/client-node';
import { createKubeConfig } from '../kubernetes/createKubeConfig';
import { readKubernetesTarget } from './readKubernetesTarget';

/**
 * An environment's own connection (`kubernetes.url` or `kubernetes.auth` in its block, checked by
 * {@link readKubernetesTarget}), as a kubeconfig for its cluster (the block's `cluster`, else the
 * environment's name) and namespace; undefined when the block has no connection of its own.
 *
 * @param keyPrefix - how messages name the environment's block, e.g. `environments.prod`
 */
export function readOwnConnection(
  keyPrefix: string,
  config: Config,
  environment: string,
): { cluster: string; namespace: string; kubeConfig: KubeConfig } | undefined {
  if (!config.has('kubernetes.url') && !config.has('kubernetes.auth')) {
    return undefined;
  }
  const target = readKubernetesTarget(keyPrefix, config);
  const cluster = target.cluster ?? environment;
  return {
    cluster,
    namespace: target.namespace,
    kubeConfig: createKubeConfig(target, {
      key: `${keyPrefix}.kubernetes`,
      name: cluster,
    }),
  };
}
