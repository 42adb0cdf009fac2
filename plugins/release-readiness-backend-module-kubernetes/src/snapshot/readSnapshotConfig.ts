import { Config } from '@backstage/config';
import { readConfigWithSchema } from '@internal/backstage-plugin-release-readiness-node';
import { z } from 'zod';

const snapshotSchema = z
  .object({
    source: z.literal('snapshot'),
    path: z.string().min(1),
    takenAt: z.iso.datetime({ offset: true }).optional(),
  })
  .loose();

/** Where an air-gapped environment's snapshot file is, validated. */
export type SnapshotConfig = z.output<typeof snapshotSchema>;

/**
 * Reads `releaseReadiness.environments.<environment>.workloads` for the snapshot source. Throws
 * an `InputError` naming the offending key.
 */
export function readSnapshotConfig(
  environment: string,
  config: Config,
): SnapshotConfig {
  return readConfigWithSchema(
    config,
    'workloads',
    snapshotSchema,
    `releaseReadiness.environments.${environment}`,
  );
}
