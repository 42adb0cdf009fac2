import { z } from 'zod';

const reason = z
  .string()
  .trim()
  .min(3, 'give a reason of at least 3 characters')
  .max(2000);
const requestId = z
  .string()
  .regex(
    /^[A-Za-z0-9._:-]{8,100}$/,
    'expected a client-chosen id such as a UUID',
  );
const iso = z.iso.datetime({
  offset: true,
  message: 'expected an ISO 8601 time with Z or an offset',
});
const name = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,99}$/, 'expected an environment name');
const version = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9._+\/-]+$/, 'expected a version such as 1.4.2');

/** Body of `POST /decisions`. */
export const requestBody = z
  .object({
    environment: name,
    version,
    digest: z
      .string()
      .regex(/^sha256:[a-f0-9]{64}$/, 'expected sha256:<64 hex digits>')
      .optional(),
    ref: z.string().min(1).max(200).optional(),
    changeType: z.string().min(1).max(100).optional(),
    risk: z.enum(['low', 'normal', 'high']).optional(),
    plannedAt: iso.optional(),
    reason,
    requestId,
  })
  .strict();

/** Body of `POST /decisions/:id/votes`. */
export const voteBody = z
  .object({ vote: z.enum(['go', 'no-go']), reason, requestId })
  .strict();

/** Body of `POST /decisions/:id/waivers`. */
export const waiverBody = z
  .object({
    item: z.string().min(1).max(100),
    reason,
    until: iso.optional(),
    requestId,
  })
  .strict();

/** Query of `GET /decisions`. */
export const listQuery = z
  .object({
    environment: name.optional(),
    status: z
      .enum(['open', 'go', 'no-go', 'expired', 'invalidated'])
      .optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

/** Query of `GET /decisions/check` (`env` is an alias of `environment`). */
export const checkQuery = z
  .object({
    system: name.optional(),
    environment: name.optional(),
    env: name.optional(),
    version,
  })
  .strict()
  .refine(q => (q.environment ?? q.env) !== undefined, {
    message: 'name the environment',
    path: ['environment'],
  });

/** Query of `GET /decisions/:id/export`. */
export const exportQuery = z
  .object({ format: z.enum(['markdown']).default('markdown') })
  .strict();
