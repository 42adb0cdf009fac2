import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import type { DecisionLink } from '../config/readDecisionLinks';
import type { DecisionsClient } from '../client/DecisionsClient';
import { describeDecision } from './describeDecision';
import { DECISION_ID_PATTERN, DRY_RUN, NAME_PATTERN } from './inputPatterns';
import { requestIdOf } from './requestIdOf';

/**
 * The id of {@link createGoNoGoVoteAction}'s action.
 *
 * @public
 */
export const GO_NO_GO_VOTE_ACTION_ID = 'release-readiness:go-no-go:vote';

/** What the step remembers of its write (a checkpoint, reused when the task is retried). */
type VoteCheckpoint = {
  system: string;
  status: string;
  reason: string;
  summary: string;
  created: boolean;
};

const examples = [
  {
    description: 'Vote go on a decision of Servanda',
    example: `steps:
  - id: vote
    name: Vote on the go/no-go decision
    action: ${GO_NO_GO_VOTE_ACTION_ID}
    input:
      system: servanda
      decisionId: 0b6c1f9e-8a43-4c1e-9a57-2f1d3c4b5a69
      vote: go
      reason: Evidence reviewed, rollback plan in place`,
  },
  {
    description: 'Vote with the decision chosen in the form',
    example: `steps:
  - id: vote
    name: Vote on the go/no-go decision
    action: ${GO_NO_GO_VOTE_ACTION_ID}
    input:
      system: \${{ parameters.decision.system }}
      decisionId: \${{ parameters.decision.decisionId }}
      vote: \${{ parameters.vote }}
      reason: \${{ parameters.reason }}`,
  },
];

/**
 * `release-readiness:go-no-go:vote`: votes go or no-go on a decision as the person who started
 * the task (the backend checks their permission and that they are a voter; one vote per person).
 * Outputs the decision's status and reason after the vote, and the meeting view's link. The
 * write is made once per task and step. In a dry run it reads the decision and says whether the
 * initiator may vote.
 *
 * @public
 */
export function createGoNoGoVoteAction(options: {
  client: DecisionsClient;
  link: DecisionLink;
}) {
  const { client, link } = options;
  return createTemplateAction({
    id: GO_NO_GO_VOTE_ACTION_ID,
    description:
      'Votes go or no-go on a go/no-go decision, on behalf of the person who runs the template',
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
          vote: z.enum(['go', 'no-go']).describe('go or no-go'),
          reason: z
            .string()
            .min(3)
            .max(2000)
            .describe('Why, at least 3 characters'),
        }),
      output: z =>
        z.object({
          status: z
            .string()
            .describe(
              `The decision's status after the vote: open, go, no-go, expired or invalidated ('${DRY_RUN}' in a dry run)`,
            ),
          reason: z.string().describe("The status's reason, one sentence"),
          url: z.string().describe("The decision's meeting view in the portal"),
        }),
    },
    async handler(ctx) {
      const { system, decisionId, vote, reason } = ctx.input;
      const credentials = await ctx.getInitiatorCredentials();
      const requestId = requestIdOf({
        taskId: ctx.task.id,
        stepId: ctx.step?.id,
        action: GO_NO_GO_VOTE_ACTION_ID,
        identity: [system, decisionId],
      });
      const call = { credentials, system, signal: ctx.signal };

      if (ctx.isDryRun) {
        const current = await client.getDecision({ ...call, decisionId });
        const { decision } = current;
        ctx.logger.info(
          `Dry run: would vote ${vote} on decision ${decision.id} (${
            decision.environment
          } ${decision.version}, now ${describeDecision(
            current,
          )}); nothing is written`,
        );
        if (current.you && !current.you.vote.allowed) {
          ctx.logger.warn(
            `Dry run: the vote would be refused: ${current.you.vote.reason}`,
          );
        }
        ctx.output('status', DRY_RUN);
        ctx.output(
          'reason',
          `Dry run: nothing was written (now ${current.state.status})`,
        );
        ctx.output('url', link(decision.system, decision.id));
        return;
      }

      ctx.logger.info(
        `Voting ${vote} on decision ${decisionId} (request id ${requestId})`,
      );
      let ranNow = false;
      const result = await ctx.checkpoint<VoteCheckpoint>({
        key: `go-no-go-vote:${ctx.step?.id ?? ''}:${
          system ?? ''
        }:${decisionId}`,
        fn: async () => {
          ranNow = true;
          const { response, created } = await client.vote({
            ...call,
            decisionId,
            body: { vote, reason, requestId },
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
          `This step's vote on decision ${decisionId} was made in an earlier run; nothing new is written`,
        );
      }
      ctx.logger.info(
        `Decision ${decisionId} after the vote: ${result.summary}`,
      );
      ctx.output('status', result.status);
      ctx.output('reason', result.reason);
      ctx.output('url', link(result.system, decisionId));
    },
  });
}
