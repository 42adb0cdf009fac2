import type { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { readConfigWithSchema } from '@release-readiness/plugin-release-readiness-node';
import { accessSync, constants } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { kubernetesConnectionShape } from '../config/kubernetesConnectionShape';
import { namespaceNameSchema } from '../config/namespaceNameSchema';
import { refineKubernetesConnection } from '../config/refineKubernetesConnection';
import { createKubeConfig } from '../kubernetes/createKubeConfig';
import type { PlatformCluster, PlatformClusters } from './PlatformCluster';

const CLUSTERS_KEY = 'releaseReadiness.clusters';

// Strict: these blocks are this module's alone, and a misspelt key (labelSelektor, skipTLSverify)
// must not be silently ignored.
const liveClusterSchema = z
  .object({
    airGapped: z.literal(false).optional(),
    ...kubernetesConnectionShape,
    veleroNamespace: namespaceNameSchema.optional(),
    watch: z.boolean().optional(),
  })
  .strict()
  .superRefine(refineKubernetesConnection);

const airGappedClusterSchema = z
  .object({
    airGapped: z.literal(true),
    snapshots: z
      .record(z.string(), z.string().min(1))
      .superRefine((snapshots, ctx) => {
        const namespaces = Object.keys(snapshots);
        if (namespaces.length === 0) {
          ctx.addIssue({
            code: 'custom',
            message:
              'name the snapshot file of at least one namespace, e.g. { servanda-prod: snapshots/prod.yaml }',
          });
        }
        for (const namespace of namespaces) {
          const checked = namespaceNameSchema.safeParse(namespace);
          if (!checked.success) {
            ctx.addIssue({
              code: 'custom',
              path: [namespace],
              message: checked.error.issues[0].message,
            });
          }
        }
      }),
    takenAt: z.iso.datetime({ offset: true }).optional(),
    veleroNamespace: namespaceNameSchema.optional(),
  })
  .strict();

const clustersSchema = z.record(z.string(), z.unknown()).optional();

/** Picks the schema of a cluster: only `airGapped: true` makes it air-gapped. */
const airGappedMarker = z.object({ airGapped: z.literal(true) }).loose();

/**
 * Reads and validates the platform's clusters, `releaseReadiness.clusters`, at module start-up:
 * a live cluster's kubeconfig is built (so a missing kubeconfig file or context stops the backend
 * now), an air-gapped cluster's snapshot files must be readable. Throws an `InputError` naming
 * `releaseReadiness.clusters.<name>.<key>`; the message never quotes a value of the block
 * (tokens).
 *
 * @returns the clusters by name; empty when none is configured
 */
export function readPlatformClusters(
  config: Config,
  logger: LoggerService,
): PlatformClusters {
  const clusters = new Map<string, PlatformCluster>();
  const blocks =
    readConfigWithSchema(config, CLUSTERS_KEY, clustersSchema, '') ?? {};
  if (Object.keys(blocks).length === 0) {
    return clusters;
  }
  const root = config.getConfig(CLUSTERS_KEY);
  for (const [name, block] of Object.entries(blocks)) {
    const key = `${CLUSTERS_KEY}.${name}`;
    if (airGappedMarker.safeParse(block).success) {
      const parsed = readConfigWithSchema(
        root,
        name,
        airGappedClusterSchema,
        CLUSTERS_KEY,
      );
      const snapshots = new Map<string, string>();
      for (const [namespace, file] of Object.entries(parsed.snapshots)) {
        const path = resolve(file);
        try {
          accessSync(path, constants.R_OK);
        } catch (error) {
          const code: unknown =
            typeof error === 'object' && error !== null
              ? Reflect.get(error, 'code')
              : undefined;
          throw new InputError(
            `Invalid configuration at '${key}.snapshots.${namespace}': cannot read ${path} (${
              typeof code === 'string' ? code : 'error'
            })`,
          );
        }
        snapshots.set(namespace, path);
      }
      clusters.set(name, {
        name,
        airGapped: true,
        snapshots,
        ...(parsed.takenAt && { takenAt: parsed.takenAt }),
        ...(parsed.veleroNamespace && {
          veleroNamespace: parsed.veleroNamespace,
        }),
      });
      continue;
    }
    const parsed = readConfigWithSchema(
      root,
      name,
      liveClusterSchema,
      CLUSTERS_KEY,
    );
    if (parsed.skipTLSVerify) {
      logger.warn(
        `TLS verification of the Kubernetes API server of cluster '${name}' is off (${key}.skipTLSVerify)`,
      );
    }
    clusters.set(name, {
      name,
      airGapped: false,
      kubeConfig: createKubeConfig(parsed, { key, name }),
      ...(parsed.labelSelector && { labelSelector: parsed.labelSelector }),
      ...(parsed.veleroNamespace && {
        veleroNamespace: parsed.veleroNamespace,
      }),
      ...(parsed.watch && { watch: true }),
    });
  }
  return clusters;
}
