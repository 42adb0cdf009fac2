import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import type { RollbackRecord } from '@release-readiness/plugin-release-readiness-common';
import type {
  RollbacksClient,
  RollbackWriteResult,
} from '../client/RollbacksClient';
import type { RollbackLink } from '../config/readRollbackLinks';
import { describeRollbackDiff } from './describeRollbackDiff';
import { describeVerification } from './describeVerification';
import {
  KUBERNETES_NAME_PATTERN,
  NAME_PATTERN,
  ROLLBACK_KINDS,
} from './inputPatterns';
import { requestIdOf } from './requestIdOf';
import { rollbackFailureOf } from './rollbackFailureOf';
import { rollbackOutputsOf } from './rollbackOutputsOf';
import { rollbackActionExamples } from './rollbackActionExamples';
import { RollbackWaitOptions, waitForRollback } from './waitForRollback';

/**
 * The id of {@link createRollbackAction}'s action.
 *
 * @public
 */
export const ROLLBACK_ACTION_ID = 'release-readiness:rollback';

/** What the step remembers of its write (a checkpoint, reused when the task is retried). */
type RollbackCheckpoint = {
  rollbackId: string;
  system: string;
  outcome: string;
};

const DEFAULT_WAIT: RollbackWaitOptions = {
  intervalMs: 2_000,
  timeoutMs: 6 * 60_000,
};

/**
 * `release-readiness:rollback`: rolls a workload back to the previous or a chosen revision, as
 * the person who started the task (the backend checks the permission
 * `release-readiness.rollback.execute`, the RACI of "trigger rollback", the freeze, the
 * cooldown and the workload's state, and picks the strategy). A dry run (the template's dry
 * run, or `dryRun: true`) asks the backend for its server-side dry run and logs the diff; a
 * real run writes once per task and step (a checkpoint, and a request id derived from the task,
 * the step and the inputs), then waits until the rollback is verified, logging its progress.
 * Fails the step when the rollback failed, was refused or met a conflict.
 *
 * @public
 */
export function createRollbackAction(options: {
  client: RollbacksClient;
  link: RollbackLink;
  /** How long and how often the action reads the rollback while it is verified. */
  wait?: Partial<RollbackWaitOptions>;
}) {
  const { client, link } = options;
  const wait = { ...DEFAULT_WAIT, ...options.wait };
  return createTemplateAction({
    id: ROLLBACK_ACTION_ID,
    description:
      'Rolls a workload back to the previous or a chosen revision, on behalf of the person who runs the template, and waits until it is verified',
    examples: rollbackActionExamples,
    supportsDryRun: true,
    schema: {
      input: z => {
        // A revision number as Kubernetes keeps it (a positive int32).
        const revision = z.number().int().min(1).max(2_147_483_647).optional();
        return z.object({
          system: z
            .string()
            .regex(NAME_PATTERN)
            .optional()
            .describe(
              "The release-readiness system (a catalog System's name); default: the portal's default system",
            ),
          environment: z
            .string()
            .regex(NAME_PATTERN)
            .describe('The environment, e.g. prod'),
          kind: z
            .enum(ROLLBACK_KINDS)
            .describe('Deployment, StatefulSet or DaemonSet'),
          name: z
            .string()
            .regex(KUBERNETES_NAME_PATTERN)
            .describe("The workload's name, e.g. servanda-api"),
          toRevision: revision.describe(
            'The revision to roll back to; default: the previous one',
          ),
          fromRevision: revision.describe(
            'The revision seen as current (e.g. in the dry run); when it is no longer current the rollback is a conflict',
          ),
          dryRun: z
            .boolean()
            .default(false)
            .describe(
              "Only show what the rollback would change (the backend's server-side dry run); nothing is written",
            ),
          reason: z
            .string()
            .min(3)
            .max(2000)
            .describe('Why, at least 3 characters'),
          overrideReason: z
            .string()
            .min(3)
            .max(2000)
            .optional()
            .describe('Why it must happen inside a freeze window'),
        });
      },
      output: z =>
        z.object({
          rollbackId: z.string().describe("The rollback record's id"),
          outcome: z
            .string()
            .describe(
              'dry-run, skipped, succeeded (or failed, refused, conflict)',
            ),
          message: z.string().describe('What happened, one sentence'),
          diff: z
            .object({
              from: z.object({
                revision: z.number(),
                version: z.string().optional(),
              }),
              to: z.object({
                revision: z.number(),
                version: z.string().optional(),
              }),
              changes: z.array(
                z.object({
                  container: z.string(),
                  from: z.string().optional(),
                  to: z.string().optional(),
                }),
              ),
            })
            .optional()
            .describe('The revisions and images before and after'),
          verification: z
            .object({
              status: z.string(),
              checks: z.array(
                z.object({
                  name: z.string(),
                  status: z.string(),
                  detail: z.string(),
                }),
              ),
              at: z.string().optional(),
            })
            .optional()
            .describe('The verification after the write (written rollbacks)'),
          url: z
            .string()
            .describe("The environment's rollback history in the portal"),
        }),
    },
    async handler(ctx) {
      const { system, environment, kind, name, toRevision, fromRevision } =
        ctx.input;
      const dryRun = ctx.isDryRun === true || ctx.input.dryRun === true;
      const credentials = await ctx.getInitiatorCredentials();
      const target = `${kind} ${name} in ${
        system ? `${system}/` : ''
      }${environment}`;
      const to =
        toRevision === undefined
          ? 'the previous revision'
          : `revision ${toRevision}`;
      const requestId = requestIdOf({
        taskId: ctx.task.id,
        stepId: ctx.step?.id,
        action: ROLLBACK_ACTION_ID,
        identity: [
          system,
          environment,
          kind,
          name,
          toRevision?.toString(),
          fromRevision?.toString(),
          dryRun ? 'dry-run' : 'write',
        ],
      });
      const body = {
        environment,
        kind,
        name,
        ...(toRevision !== undefined && { toRevision }),
        ...(fromRevision !== undefined && { fromRevision }),
        dryRun,
        reason: ctx.input.reason,
        ...(ctx.input.overrideReason && {
          overrideReason: ctx.input.overrideReason,
        }),
        requestId,
      };
      const call = { credentials, system, signal: ctx.signal };
      const finish = (record: RollbackRecord) => {
        const outputs = rollbackOutputsOf(record);
        ctx.output('rollbackId', outputs.rollbackId);
        ctx.output('outcome', outputs.outcome);
        ctx.output('message', outputs.message);
        if (outputs.diff) {
          ctx.output('diff', outputs.diff);
        }
        if (outputs.verification) {
          ctx.output('verification', outputs.verification);
        }
        ctx.output('url', link(record.system, record.environment));
        const failure = rollbackFailureOf(record, { dryRun });
        if (failure) {
          throw failure;
        }
      };

      if (dryRun) {
        ctx.logger.info(
          `Dry run: asking the backend what a rollback of ${target} to ${to} would change (request id ${requestId}); nothing is written`,
        );
        const { record } = await client.rollBack({ ...call, body });
        if (record.diff) {
          ctx.logger.info(
            `Dry run ${record.id}: ${describeRollbackDiff(record.diff)}`,
          );
        }
        ctx.logger.info(
          `Dry run ${record.id} is ${record.outcome}: ${record.message}`,
        );
        finish(record);
        return;
      }

      ctx.logger.info(
        `Rolling back ${target} to ${to} (request id ${requestId})`,
      );
      const first: { result?: RollbackWriteResult } = {};
      const remembered = await ctx.checkpoint<RollbackCheckpoint>({
        key: `rollback:${ctx.step?.id ?? ''}:${
          system ?? ''
        }:${environment}:${kind}:${name}:${toRevision ?? 'previous'}`,
        fn: async () => {
          first.result = await client.rollBack({ ...call, body });
          const { record } = first.result;
          return {
            rollbackId: record.id,
            system: record.system,
            outcome: record.outcome,
          };
        },
      });
      let record: RollbackRecord;
      if (first.result) {
        record = first.result.record;
        if (!first.result.created) {
          ctx.logger.info(
            `Rollback ${record.id} was already requested with this task's request id; nothing new is written`,
          );
        }
      } else {
        ctx.logger.info(
          `Rollback ${remembered.rollbackId} was started in an earlier run of this step; nothing new is written`,
        );
        record = await client.getRollback({
          ...call,
          system: remembered.system,
          rollbackId: remembered.rollbackId,
        });
      }
      if (record.diff) {
        ctx.logger.info(
          `Rollback ${record.id}: ${describeRollbackDiff(record.diff)}`,
        );
      }
      record = await waitForRollback({
        client,
        call: { ...call, system: record.system },
        record,
        wait,
        logger: ctx.logger,
      });
      if (record.outcome === 'succeeded') {
        ctx.logger.info(
          `Rollback ${record.id} succeeded: ${
            record.message
          }; verification ${describeVerification(record.verification)}`,
        );
      } else if (record.outcome === 'skipped') {
        ctx.logger.info(
          `Rollback ${record.id} skipped, nothing was written: ${record.message}`,
        );
      }
      finish(record);
    },
  });
}
