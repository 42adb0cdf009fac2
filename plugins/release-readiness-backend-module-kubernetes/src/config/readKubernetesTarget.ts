import { Config } from '@backstage/config';
import { readConfigWithSchema } from '@release-readiness/plugin-release-readiness-node';
import { z } from 'zod';
import { kubernetesConnectionShape } from './kubernetesConnectionShape';
import { refineKubernetesConnection } from './refineKubernetesConnection';

const targetSchema = z
  .object({
    cluster: z.string().min(1).optional(),
    namespace: z.string().min(1),
    airGapped: z.boolean().optional(),
    ...kubernetesConnectionShape,
  })
  // Loose: other plugins may keep their own keys here. Unknown keys are ignored, which is safe
  // for every key above (a misspelt skipTLSVerify leaves verification on).
  .loose()
  .superRefine(refineKubernetesConnection);

/**
 * Where and how to reach one environment's Kubernetes API server, validated.
 */
export type KubernetesTarget = z.output<typeof targetSchema>;

/**
 * Reads an environment's own `kubernetes` block (the platform-owned form that carries its
 * connection) for the Kubernetes workload source. Throws an `InputError` naming the offending
 * key, `<keyPrefix>.kubernetes.<key>`, which stops the backend.
 *
 * @param keyPrefix - how messages name the environment's block, e.g.
 *   `releaseReadiness.environments.prod`
 */
export function readKubernetesTarget(
  keyPrefix: string,
  config: Config,
): KubernetesTarget {
  return readConfigWithSchema(config, 'kubernetes', targetSchema, keyPrefix);
}
