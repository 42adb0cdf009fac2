import { InputError } from '@backstage/errors';
import { KubeConfig } from '@kubernetes/client-node';
import { describeYamlError } from '../config/describeYamlError';
import type { KubernetesConnection } from '../config/kubernetesConnectionShape';

/** client-node's own structural messages, e.g. `users[0].name is missing`; they quote nothing. */
const STRUCTURE_MESSAGE =
  /^(?:clusters|users|contexts)\[\d+\](?:\.[a-z-]+)+ is missing$/;

/**
 * Why a kubeconfig file could not be loaded, in our words: the file system's error code, the
 * position of a YAML error, or client-node's structural complaint. Never the parser's message
 * (js-yaml quotes the source lines, tokens included) or anything else from the file.
 */
function describeLoadError(file: string, error: unknown): string {
  const code: unknown =
    error instanceof Error ? Reflect.get(error, 'code') : undefined;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    return `cannot read the kubeconfig file ${file} (${code})`;
  }
  if (error instanceof Error && error.name === 'YAMLException') {
    return `the kubeconfig file ${file} ${describeYamlError(error)}`;
  }
  if (error instanceof Error && STRUCTURE_MESSAGE.test(error.message)) {
    return `the kubeconfig file ${file} is not a valid kubeconfig: ${error.message}`;
  }
  return `the kubeconfig file ${file} is not a valid kubeconfig`;
}

/**
 * Builds the `KubeConfig` for one API server from its validated connection: a service-account
 * token (inline or from a file) against `url`, a kubeconfig file and context, or the pod's
 * in-cluster credentials. TLS verification stays on unless `skipTLSVerify` is true.
 *
 * @param connection - the validated connection keys
 * @param options - `key`: how messages name the block the connection was read from (e.g.
 *   `releaseReadiness.clusters.eu-1` or `releaseReadiness.environments.prod.kubernetes`);
 *   `name`: the cluster's name in the built kubeconfig
 * @throws `InputError` naming the configuration key when the kubeconfig file, its context or the
 * in-cluster environment is missing, or the file is not a valid kubeconfig. The message names the
 * file and, for YAML errors, the line and column, but never quotes the file (it holds credentials)
 */
export function createKubeConfig(
  connection: KubernetesConnection,
  options: { key: string; name: string },
): KubeConfig {
  const { key, name } = options;
  const kubeConfig = new KubeConfig();
  const auth = connection.auth;
  if (auth?.type === 'kubeconfig') {
    try {
      if (auth.path) {
        kubeConfig.loadFromFile(auth.path);
      } else {
        kubeConfig.loadFromDefault();
      }
    } catch (error) {
      // The parser's error is not passed on, not even as the cause: its message quotes the file.
      throw new InputError(
        `Invalid configuration at '${key}.auth.path': ${describeLoadError(
          auth.path ?? 'from $KUBECONFIG or ~/.kube/config',
          error,
        )}`,
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
  kubeConfig.loadFromClusterAndUser(
    {
      name,
      server: connection.url!,
      skipTLSVerify: connection.skipTLSVerify,
      ...(connection.caData && { caData: connection.caData }),
      ...(connection.caFile && { caFile: connection.caFile }),
    },
    {
      name: `release-readiness-${name}`,
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
