import { Config } from '@backstage/config';
import { readConfigWithSchema } from '@release-readiness/plugin-release-readiness-node';
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
 * Reads an environment's `workloads` block (`source: snapshot`, `path`, optional `takenAt`) for
 * the snapshot source. Throws an `InputError` naming the offending key,
 * `<keyPrefix>.workloads.<key>`.
 *
 * @param keyPrefix - how messages name the environment's block, e.g.
 *   `releaseReadiness.environments.prod-onprem`
 */
export function readSnapshotConfig(
  keyPrefix: string,
  config: Config,
): SnapshotConfig {
  return readConfigWithSchema(config, 'workloads', snapshotSchema, keyPrefix);
}
