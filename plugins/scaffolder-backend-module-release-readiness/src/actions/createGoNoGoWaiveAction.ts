import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import type { DecisionLink } from '../config/readDecisionLinks';
import type { DecisionsClient } from '../client/DecisionsClient';
import { describeDecision } from './describeDecision';
import { DECISION_ID_PATTERN, DRY_RUN, NAME_PATTERN } from './inputPatterns';
import { requestIdOf } from './requestIdOf';

/**
 * The id of {@link createGoNoGoWaiveAction}'s action.
 *
 * @public
 */
export const GO_NO_GO_WAIVE_ACTION_ID = 'release-readiness:go-no-go:waive';

/** What the step remembers of its write (a checkpoint, reused when the task is retried). */
type WaiveCheckpoint = {
  system: string;
  status: string;
  reason: string;
  summary: string;
  created: boolean;
};

const examples = [
  {
    description:
      'Waive the failed restore test of a decision until the planned time',
    example: `steps:
  - id: waive
    name: Waive the readiness item
    action: ${GO_NO_GO_WAIVE_ACTION_ID}
    input:
      system: servanda
      decisionId: 0b6c1f9e-8a43-4c1e-9a57-2f1d3c4b5a69
      item: restore-test
      reason: Restore tested manually on 2026-12-02, ticket OPS-1234
      until: '2026-12-03T20:00:00Z'`,
  },
];

/**
 * `release-readiness:go-no-go:waive`: waives one failed or unknown readiness item of a decision
 * as the person who started the task (the backend checks their permission and the RACI's
 * `waivers`, by default the Accountable). Outputs the decision's status and reason after the
 * waiver, and the meeting view's link. The write is made once per task, step and item. In a dry
 * run it reads the decision and says whether the item needs a waiver and the initiator may give
 * it.
 *
 * @public
 */
export function createGoNoGoWaiveAction(options: {
  client: DecisionsClient;
  link: DecisionLink;
}) {
  const { client, link } = options;
  return createTemplateAction({
    id: GO_NO_GO_WAIVE_ACTION_ID,
    description:
      'Waives a failed or unknown readiness item of a go/no-go decision, on behalf of the person who runs the template',
    examples,
    supportsDryRun: true,
    schema: {
      input: z =>
        z.object({
          system: z
            .string()
            .regex(NAME_PATTERN)
            .optional()
            .describe(
              "The decision's system; default: the portal's default system",
            ),
          decisionId: z
            .string()
            .regex(DECISION_ID_PATTERN)
            .describe("The decision's id"),
          item: z
            .string()
            .min(1)
            .max(100)
            .describe('The readiness item, e.g. restore-test'),
          reason: z
            .string()
            .min(3)
            .max(2000)
            .describe('Why the item may be waived, at least 3 characters'),
          until: z
            .string()
            .datetime({ offset: true })
            .optional()
            .describe(
              "Until when the waiver counts (ISO 8601), at most the decision's expiry; default: the expiry",
            ),
        }),
      output: z =>
        z.object({
          status: z
            .string()
            .describe(
              `The decision's status after the waiver ('${DRY_RUN}' in a dry run)`,
            ),
          reason: z.string().describe("The status's reason, one sentence"),
          url: z.string().describe("The decision's meeting view in the portal"),
        }),
    },
    async handler(ctx) {
      const { system, decisionId, item, reason, until } = ctx.input;
      const credentials = await ctx.getInitiatorCredentials();
      const requestId = requestIdOf({
        taskId: ctx.task.id,
        stepId: ctx.step?.id,
        action: GO_NO_GO_WAIVE_ACTION_ID,
        identity: [system, decisionId, item],
      });
      const call = { credentials, system, signal: ctx.signal };

      if (ctx.isDryRun) {
        const current = await client.getDecision({ ...call, decisionId });
        const { decision, state } = current;
        ctx.logger.info(
          `Dry run: would waive ${item} of decision ${decision.id} (${
            decision.environment
          } ${decision.version}, now ${describeDecision(
            current,
          )}); nothing is written`,
        );
        const blocking = state.blocking.find(b => b.item === item);
        if (!blocking) {
          ctx.logger.warn(
            `Dry run: ${item} does not need a waiver; the items that do: ${
              state.blocking.map(b => b.item).join(', ') || 'none'
            }`,
          );
        } else if (current.you && !current.you.waive.allowed) {
          ctx.logger.warn(
            `Dry run: the waiver would be refused: ${current.you.waive.reason}`,
          );
        }
        ctx.output('status', DRY_RUN);
        ctx.output(
          'reason',
          `Dry run: nothing was written (now ${state.status})`,
        );
        ctx.output('url', link(decision.system, decision.id));
        return;
      }

      ctx.logger.info(
        `Waiving ${item} of decision ${decisionId} (request id ${requestId})`,
      );
      let ranNow = false;
      const result = await ctx.checkpoint<WaiveCheckpoint>({
        key: `go-no-go-waive:${ctx.step?.id ?? ''}:${
          system ?? ''
        }:${decisionId}:${item}`,
        fn: async () => {
          ranNow = true;
          const { response, created } = await client.waive({
            ...call,
            decisionId,
            body: { item, reason, ...(until && { until }), requestId },
          });
          return {
            system: response.decision.system,
            status: response.state.status,
            reason: response.state.reason,
            summary: describeDecision(response),
            created,
          };
        },
      });
      if (!ranNow || !result.created) {
        ctx.logger.info(
          `This step's waiver of ${item} on decision ${decisionId} was made in an earlier run; nothing new is written`,
        );
      }
      ctx.logger.info(
        `Decision ${decisionId} after the waiver: ${result.summary}`,
      );
      ctx.output('status', result.status);
      ctx.output('reason', result.reason);
      ctx.output('url', link(result.system, decisionId));
    },
  });
}
