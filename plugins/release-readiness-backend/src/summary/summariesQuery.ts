import { z } from 'zod';

/** At most this many systems per page. */
export const MAX_SUMMARIES_LIMIT = 500;

const ENTITY_REF =
  /^[a-z][a-z0-9-]*:[a-z0-9][a-z0-9._-]*\/[a-z0-9][a-z0-9._-]*$/;

/** A parameter given once, repeated, or as a comma-separated list: its values. */
const list = <T extends z.ZodType<unknown, string>>(item: T, max: number) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform(value =>
      value === undefined
        ? undefined
        : [value]
            .flat()
            .flatMap(v => v.split(','))
            .map(v => v.trim())
            .filter(Boolean),
    )
    .pipe(z.array(item).max(max, `at most ${max} values`).optional());

/**
 * The query of `GET /system-summaries`: a page (`offset`, `limit`), filters (`owner`: entity
 * refs of the owning groups; `verdict`; `q`: part of a system's name or title), and the order
 * (`sort`: `title`, or `verdict`: blocked, then unknown, then ready). Unknown parameters are a
 * 400 naming them.
 */
export const summariesQuery = z
  .object({
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
    limit: z.coerce.number().int().min(1).max(MAX_SUMMARIES_LIMIT).default(100),
    owner: list(
      z
        .string()
        .max(300)
        .transform(v => v.toLocaleLowerCase('en-US'))
        .pipe(
          z
            .string()
            .regex(
              ENTITY_REF,
              'expected entity refs such as group:default/servanda',
            ),
        ),
      50,
    ),
    verdict: list(z.enum(['ready', 'blocked', 'unknown']), 3),
    q: z.string().trim().min(1).max(100).optional(),
    sort: z.enum(['title', 'verdict']).default('title'),
  })
  .strict();

/** A parsed {@link summariesQuery}. */
export type SummariesQuery = z.output<typeof summariesQuery>;
