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
const name = z
  .string()
  .regex(
    /^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$/,
    'expected a Kubernetes name',
  );
const environment = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,99}$/, 'expected an environment name');
const revision = z.number().int().min(1).max(2_147_483_647);

/** The kinds a rollback may target. */
export const ROLLBACK_KINDS = [
  'Deployment',
  'StatefulSet',
  'DaemonSet',
] as const;

const kind = z.enum(ROLLBACK_KINDS, {
  message: `expected one of ${ROLLBACK_KINDS.join(', ')}`,
});

/** Body of `POST /rollbacks`. */
export const rollbackBody = z
  .object({
    environment,
    kind,
    name,
    toRevision: revision.optional(),
    fromRevision: revision.optional(),
    dryRun: z.boolean(),
    reason,
    overrideReason: z.string().trim().min(3).max(2000).optional(),
    requestId,
  })
  .strict();

/** Query of `GET /rollbacks`. */
export const listQuery = z
  .object({
    environment: environment.optional(),
    kind: kind.optional(),
    name: name.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

/** Body of `POST /rollbacks/:id/follow-ups`. */
export const followUpBody = z.discriminatedUnion('field', [
  z
    .object({
      field: z.literal('communication'),
      value: z.literal(true),
      requestId,
    })
    .strict(),
  z
    .object({
      field: z.literal('postMortemOwner'),
      value: z
        .string()
        .regex(
          /^(user|group):[a-z0-9._-]+\/[a-z0-9._-]+$/i,
          'expected an entity ref such as user:default/mara.schulz',
        ),
      requestId,
    })
    .strict(),
  z
    .object({
      field: z.literal('postMortemLink'),
      value: z.string().max(2000),
      requestId,
    })
    .strict(),
]);

/** The path parameters of the revisions route. */
export const revisionsParams = z
  .object({ env: environment, kind, name })
  .strict();
