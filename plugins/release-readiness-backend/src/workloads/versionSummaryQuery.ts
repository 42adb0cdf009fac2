import { z } from 'zod';

/** At most this many rows per page of `GET /version-summary`. */
export const MAX_VERSION_SUMMARY_LIMIT = 200;

/**
 * The query of `GET /version-summary`: a page (`offset`, default 0; `limit`, 1 to 200, default
 * 25) and filters (`q`: part of a workload's name; `attention=true`: only unhealthy or drifting
 * workloads). Unknown parameters are a 400 naming them.
 */
export const versionSummaryQuery = z
  .object({
    offset: z.coerce
      .number({ message: 'expected a whole number from 0' })
      .int('expected a whole number from 0')
      .min(0, 'expected a whole number from 0')
      .max(1_000_000, 'expected at most 1000000')
      .default(0),
    limit: z.coerce
      .number({
        message: `expected a whole number from 1 to ${MAX_VERSION_SUMMARY_LIMIT}`,
      })
      .int(`expected a whole number from 1 to ${MAX_VERSION_SUMMARY_LIMIT}`)
      .min(1, `expected a whole number from 1 to ${MAX_VERSION_SUMMARY_LIMIT}`)
      .max(
        MAX_VERSION_SUMMARY_LIMIT,
        `expected a whole number from 1 to ${MAX_VERSION_SUMMARY_LIMIT}`,
      )
      .default(25),
    q: z
      .string({ message: 'expected one text' })
      .trim()
      .max(253, 'expected at most 253 characters')
      .optional()
      .transform(v => v || undefined),
    attention: z
      .enum(['true', 'false'], { message: 'expected true or false' })
      .optional()
      .transform(v => v === 'true'),
  })
  .strict();

/** A parsed {@link versionSummaryQuery}. */
export type VersionSummaryQueryParams = z.output<typeof versionSummaryQuery>;
