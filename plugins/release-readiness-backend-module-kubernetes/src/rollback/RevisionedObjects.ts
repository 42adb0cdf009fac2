import { z } from 'zod';

/** A pod template as the API server sent it: kept whole, to be written back unchanged. */
const podTemplateSchema = z.record(z.string(), z.unknown());

const ownerReferenceSchema = z
  .object({
    kind: z.string(),
    uid: z.string(),
    controller: z.boolean().optional(),
  })
  .loose();

const metadataSchema = z
  .object({
    name: z.string().min(1),
    uid: z.string().optional(),
    resourceVersion: z.string().optional(),
    creationTimestamp: z.string().optional(),
    annotations: z.record(z.string(), z.string()).optional(),
    ownerReferences: z.array(ownerReferenceSchema).optional(),
  })
  .loose();

/**
 * A Deployment, StatefulSet or DaemonSet as a rollback reads it (raw JSON of a GET, checked at
 * the edge): its identity, resource version, annotations, pod template and, for Deployments,
 * `spec.paused`; a StatefulSet's `status.updateRevision`.
 */
export const workloadObjectSchema = z
  .object({
    metadata: metadataSchema,
    spec: z
      .object({
        paused: z.boolean().optional(),
        template: podTemplateSchema,
      })
      .loose(),
    status: z
      .object({ updateRevision: z.string().optional() })
      .loose()
      .optional(),
  })
  .loose();

/** A workload as {@link workloadObjectSchema} reads it. */
export type WorkloadObject = z.output<typeof workloadObjectSchema>;

const continueSchema = z
  .object({ continue: z.string().optional() })
  .loose()
  .optional();

/** One page of a namespace's ReplicaSets (raw JSON). */
export const replicaSetListSchema = z.object({
  items: z.array(
    z
      .object({
        metadata: metadataSchema,
        spec: z
          .object({ template: podTemplateSchema.optional() })
          .loose()
          .optional(),
      })
      .loose(),
  ),
  metadata: continueSchema,
});

/** One page of a namespace's ControllerRevisions (raw JSON). */
export const controllerRevisionListSchema = z.object({
  items: z.array(
    z
      .object({
        metadata: metadataSchema,
        revision: z.number().int(),
        data: z.record(z.string(), z.unknown()).optional(),
      })
      .loose(),
  ),
  metadata: continueSchema,
});

/** What a rollback reads of the owner references of an object. */
export type ObjectMetadata = z.output<typeof metadataSchema>;
