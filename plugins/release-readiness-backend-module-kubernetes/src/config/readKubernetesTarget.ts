import { Config } from '@backstage/config';
import { readConfigWithSchema } from '@internal/backstage-plugin-release-readiness-node';
import { z } from 'zod';

const serviceAccountAuth = z
  .object({
    type: z.literal('serviceAccount'),
    token: z.string().min(1).optional(),
    tokenFile: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if ((value.token === undefined) === (value.tokenFile === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['token'],
        message: 'set exactly one of token and tokenFile',
      });
    }
  });

const kubeconfigAuth = z
  .object({
    type: z.literal('kubeconfig'),
    path: z.string().min(1).optional(),
    context: z.string().min(1).optional(),
  })
  .strict();

const inClusterAuth = z.object({ type: z.literal('inCluster') }).strict();

const targetSchema = z
  .object({
    cluster: z.string().min(1).optional(),
    namespace: z.string().min(1),
    airGapped: z.boolean().optional(),
    url: z
      .string()
      .regex(
        /^https?:\/\/[^\s/]+/,
        'must be an http(s) URL, e.g. https://10.0.0.1:6443',
      )
      // Credentials in the URL would be sent nowhere useful (fetch refuses such URLs) but would
      // show up wherever the URL is printed. The message does not quote the URL.
      .refine(
        url => !/^https?:\/\/[^/?#]*@/.test(url),
        'must not contain credentials (user:password@); use auth instead',
      )
      .optional(),
    labelSelector: z.string().min(1).optional(),
    caData: z.string().min(1).optional(),
    caFile: z.string().min(1).optional(),
    skipTLSVerify: z.boolean().default(false),
    auth: z
      .discriminatedUnion('type', [
        serviceAccountAuth,
        kubeconfigAuth,
        inClusterAuth,
      ])
      .optional(),
  })
  // Loose: other plugins may keep their own keys here. Unknown keys are ignored, which is safe
  // for every key above (a misspelt skipTLSVerify leaves verification on).
  .loose()
  .superRefine((value, ctx) => {
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
  });

/**
 * Where and how to reach one environment's Kubernetes API server, validated.
 */
export type KubernetesTarget = z.output<typeof targetSchema>;

/**
 * Reads `releaseReadiness.environments.<environment>.kubernetes` for the Kubernetes workload
 * source. Throws an `InputError` naming the offending key, which stops the backend.
 */
export function readKubernetesTarget(
  environment: string,
  config: Config,
): KubernetesTarget {
  return readConfigWithSchema(
    config,
    'kubernetes',
    targetSchema,
    `releaseReadiness.environments.${environment}`,
  );
}
