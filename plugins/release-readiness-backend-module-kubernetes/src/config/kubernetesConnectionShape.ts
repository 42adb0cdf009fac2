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

/**
 * The keys that say how to reach a Kubernetes API server and who to be there: `url`,
 * `labelSelector`, `caData`/`caFile`, `skipTLSVerify` and `auth`. Shared by an environment's own
 * `kubernetes` block and a platform cluster (`releaseReadiness.clusters.<name>`); check them
 * together with `refineKubernetesConnection`.
 */
export const kubernetesConnectionShape = {
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
};

/** How to reach and authenticate to one Kubernetes API server, validated. */
export type KubernetesConnection = z.output<
  z.ZodObject<typeof kubernetesConnectionShape>
>;
