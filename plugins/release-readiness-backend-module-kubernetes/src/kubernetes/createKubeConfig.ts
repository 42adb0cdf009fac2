import { InputError } from '@backstage/errors';
import { KubeConfig } from '@kubernetes/client-node';
import type { KubernetesTarget } from '../config/readKubernetesTarget';

/**
 * Builds the `KubeConfig` for one environment from its validated target: a service-account
 * token (inline or from a file) against `url`, a kubeconfig file and context, or the pod's
 * in-cluster credentials. TLS verification stays on unless `skipTLSVerify` is true.
 *
 * @throws `InputError` naming the configuration key when the kubeconfig file, its context or the
 * in-cluster environment is missing
 */
export function createKubeConfig(
  environment: string,
  target: KubernetesTarget,
): KubeConfig {
  const key = `releaseReadiness.environments.${environment}.kubernetes`;
  const kubeConfig = new KubeConfig();
  const auth = target.auth;
  if (auth?.type === 'kubeconfig') {
    try {
      if (auth.path) {
        kubeConfig.loadFromFile(auth.path);
      } else {
        kubeConfig.loadFromDefault();
      }
    } catch (error) {
      throw new InputError(
        `Invalid configuration at '${key}.auth.path': cannot read the kubeconfig file: ${
          (error as Error).message
        }`,
      );
    }
    if (auth.context) {
      if (!kubeConfig.getContextObject(auth.context)) {
        const known = kubeConfig.getContexts().map(c => c.name);
        throw new InputError(
          `Invalid configuration at '${key}.auth.context': no context '${
            auth.context
          }' in the kubeconfig (it has: ${known.join(', ') || 'none'})`,
        );
      }
      kubeConfig.setCurrentContext(auth.context);
    }
    if (!kubeConfig.getCurrentCluster()) {
      throw new InputError(
        `Invalid configuration at '${key}.auth': the kubeconfig has no current cluster; set auth.context`,
      );
    }
    return kubeConfig;
  }
  if (auth?.type === 'inCluster') {
    if (!process.env.KUBERNETES_SERVICE_HOST) {
      throw new InputError(
        `Invalid configuration at '${key}.auth.type': inCluster needs KUBERNETES_SERVICE_HOST, which is only set inside a pod`,
      );
    }
    kubeConfig.loadFromCluster();
    return kubeConfig;
  }
  const clusterName = target.cluster ?? environment;
  kubeConfig.loadFromClusterAndUser(
    {
      name: clusterName,
      server: target.url!,
      skipTLSVerify: target.skipTLSVerify,
      ...(target.caData && { caData: target.caData }),
      ...(target.caFile && { caFile: target.caFile }),
    },
    {
      name: `release-readiness-${environment}`,
      ...(auth?.token && { token: auth.token }),
      ...(auth?.tokenFile && {
        authProvider: {
          name: 'tokenFile',
          config: { tokenFile: auth.tokenFile },
        },
      }),
    },
  );
  return kubeConfig;
}
