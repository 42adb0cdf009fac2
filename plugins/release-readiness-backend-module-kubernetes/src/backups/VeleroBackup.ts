import { z } from 'zod';

/** A time of the API (RFC 3339 text) or of a YAML file (js-yaml reads unquoted ones as dates). */
const time = z.union([z.string(), z.date()]).optional();

/**
 * The parts of a Velero `Backup` (`velero.io/v1`) the `velero` backup source reads: raw JSON from
 * the custom objects API, or an item of an offline snapshot, checked at the edge.
 */
export const veleroBackupSchema = z.object({
  metadata: z.object({
    name: z.string().min(1),
    namespace: z.string().optional(),
    labels: z.record(z.string(), z.string()).optional(),
    creationTimestamp: time,
  }),
  status: z
    .object({
      /**
       * `New`, `FailedValidation`, `InProgress`, `WaitingForPluginOperations…`, `Finalizing…`,
       * `Completed`, `PartiallyFailed`, `Failed` or `Deleting`.
       */
      phase: z.string().optional(),
      startTimestamp: time,
      completionTimestamp: time,
      errors: z.number().optional(),
      warnings: z.number().optional(),
    })
    .optional(),
});

/** A Velero `Backup`, as far as the `velero` backup source reads it. */
export type VeleroBackup = z.output<typeof veleroBackupSchema>;

/** One page of `GET /apis/velero.io/v1/namespaces/<ns>/backups` (raw JSON: `metadata.continue`). */
export const veleroBackupListSchema = z.object({
  items: z.array(veleroBackupSchema),
  metadata: z.object({ continue: z.string().optional() }).optional(),
});
