import type { z } from 'zod';
import type { KubernetesConnection } from './kubernetesConnectionShape';

/**
 * The rules between the keys of a Kubernetes connection (`kubernetesConnectionShape`): a
 * service-account token needs `url`; `kubeconfig` and `inCluster` bring their own server and CA,
 * so `url`, `caData` and `caFile` are refused with them; at most one of `caData` and `caFile`.
 * For `superRefine`: issues name the offending key.
 */
export function refineKubernetesConnection(
  value: Pick<KubernetesConnection, 'url' | 'caData' | 'caFile' | 'auth'>,
  ctx: z.RefinementCtx,
): void {
  const type = value.auth?.type ?? 'serviceAccount';
  if (type === 'serviceAccount' && !value.url) {
    ctx.addIssue({
      code: 'custom',
      path: ['url'],
      message:
        'the API server URL is required unless auth.type is kubeconfig or inCluster',
    });
  }
  if (type !== 'serviceAccount') {
    for (const key of ['url', 'caData', 'caFile'] as const) {
      if (value[key] !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `not allowed with auth.type ${type}, which supplies the server and its CA`,
        });
      }
    }
  }
  if (value.caData !== undefined && value.caFile !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['caData'],
      message: 'set at most one of caData and caFile',
    });
  }
}
