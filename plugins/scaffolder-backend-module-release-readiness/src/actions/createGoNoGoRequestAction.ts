import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import type { DecisionLink } from '../config/readDecisionLinks';
import type { DecisionsClient } from '../client/DecisionsClient';
import { describeDecision } from './describeDecision';
import {
  DIGEST_PATTERN,
  DRY_RUN,
  NAME_PATTERN,
  VERSION_PATTERN,
} from './inputPatterns';
import { requestIdOf } from './requestIdOf';

/**
 * The id of {@link createGoNoGoRequestAction}'s action.
 *
 * @public
 */
export const GO_NO_GO_REQUEST_ACTION_ID = 'release-readiness:go-no-go:request';

/** What the step remembers of its write (a checkpoint, reused when the task is retried). */
type RequestCheckpoint = {
  decisionId: string;
  system: string;
  status: string;
  verdict: string;
  summary: string;
  created: boolean;
};

const examples = [
  {
    description:
      'Request a go/no-go decision for a version of Servanda in prod',
    example: `steps:
  - id: request
    name: Request the go/no-go decision
    action: ${GO_NO_GO_REQUEST_ACTION_ID}
    input:
      system: servanda
      environment: prod
      version: 1.4.2
      digest: sha256:4f1c0a9e2b7d3c5f6a8e9d0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d
      risk: normal
      plannedAt: '2026-12-03T18:00:00Z'
      reason: Quarterly release with the new export, approved in the release meeting`,
  },
  {
    description:
      "Request a decision for the portal's default system, from a template's parameters",
    example: `steps:
  - id: request
    name: Request the go/no-go decision
    action: ${GO_NO_GO_REQUEST_ACTION_ID}
    input:
      environment: \${{ parameters.environment.environment }}
      version: \${{ parameters.release.version }}
      reason: \${{ parameters.reason }}`,
  },
];

/**
 * `release-readiness:go-no-go:request`: asks for a go/no-go decision on a version for an
 * environment, as the person who started the task (the backend checks their permission and the
 * RACI's `requesters`, and pins the readiness evidence of that moment). Outputs the decision id,
 * its status, the evidence verdict and the link to the meeting view. The write is made once per
 * task and step (a checkpoint, and a request id derived from the task and step). In a dry run it
 * only proves the environment exists and says what it would request.
 *
 * @public
 */
export function createGoNoGoRequestAction(options: {
  client: DecisionsClient;
  link: DecisionLink;
}) {
  const { client, link } = options;
  return createTemplateAction({
    id: GO_NO_GO_REQUEST_ACTION_ID,
    description:
      'Requests a go/no-go decision for a version in an environment, on behalf of the person who runs the template',
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
              "The release-readiness system (a catalog System's name); default: the portal's default system",
            ),
          environment: z
            .string()
            .regex(NAME_PATTERN)
            .describe('The environment, e.g. prod'),
          version: z
            .string()
            .min(1)
            .max(200)
            .regex(VERSION_PATTERN)
            .describe('The version that would go live, e.g. 1.4.2'),
          digest: z
            .string()
            .regex(DIGEST_PATTERN)
            .optional()
            .describe('The image digest, sha256:<64 hex digits>'),
          ref: z
            .string()
            .min(1)
            .max(200)
            .optional()
            .describe(
              'The release the gates are judged for (branch, tag or commit); default: what the environment is judged for now',
            ),
          changeType: z
            .string()
            .min(1)
            .max(100)
            .optional()
            .describe("The change type of the environment's policy"),
          risk: z
            .enum(['low', 'normal', 'high'])
            .optional()
            .describe('The risk of the change'),
          plannedAt: z
            .string()
            .datetime({ offset: true })
            .optional()
            .describe('When the change is planned (ISO 8601); default: now'),
          reason: z
            .string()
            .min(3)
            .max(2000)
            .describe('Why, at least 3 characters'),
        }),
      output: z =>
        z.object({
          decisionId: z
            .string()
            .describe(`The decision's id ('${DRY_RUN}' in a dry run)`),
          status: z
            .string()
            .describe(
              `open, go, no-go, expired or invalidated ('${DRY_RUN}' in a dry run)`,
            ),
          verdict: z
            .string()
            .describe(
              `The readiness verdict pinned as evidence: ready, blocked or unknown ('${DRY_RUN}' in a dry run)`,
            ),
          url: z.string().describe("The decision's meeting view in the portal"),
        }),
    },
    async handler(ctx) {
      const { system, environment, version, ...request } = ctx.input;
      const credentials = await ctx.getInitiatorCredentials();
      const target = `${system ? `${system}/` : ''}${environment} ${version}`;
      const requestId = requestIdOf({
        taskId: ctx.task.id,
        stepId: ctx.step?.id,
        action: GO_NO_GO_REQUEST_ACTION_ID,
        identity: [system, environment, version],
      });
      const call = { credentials, system, signal: ctx.signal };

      if (ctx.isDryRun) {
        const env = await client.getEnvironment({ ...call, environment });
        ctx.logger.info(
          `Dry run: would request a go/no-go decision for ${target} (${env.title}) with request id ${requestId}; nothing is written`,
        );
        const existing = (
          await client.listDecisions({ ...call, environment: env.name })
        ).find(
          d =>
            d.decision.version === version &&
            (d.state.status === 'open' || d.state.status === 'go'),
        );
        if (existing) {
          ctx.logger.warn(
            `Dry run: decision ${existing.decision.id} for ${env.name} ${version} is already ${existing.state.status}; the request would be refused (409)`,
          );
        }
        ctx.output('decisionId', DRY_RUN);
        ctx.output('status', DRY_RUN);
        ctx.output('verdict', DRY_RUN);
        ctx.output('url', link(system ?? DRY_RUN, DRY_RUN));
        return;
      }

      ctx.logger.info(
        `Requesting a go/no-go decision for ${target} (request id ${requestId})`,
      );
      let ranNow = false;
      const result = await ctx.checkpoint<RequestCheckpoint>({
        key: `go-no-go-request:${ctx.step?.id ?? ''}:${
          system ?? ''
        }:${environment}:${version}`,
        fn: async () => {
          ranNow = true;
          const { response, created } = await client.request({
            ...call,
            body: { environment, version, ...request, requestId },
          });
          return {
            decisionId: response.decision.id,
            system: response.decision.system,
            status: response.state.status,
            verdict: response.decision.evidence.verdict,
            summary: describeDecision(response),
            created,
          };
        },
      });
      if (!ranNow) {
        ctx.logger.info(
          `Decision ${result.decisionId} was requested in an earlier run of this step; nothing new is written`,
        );
      } else if (!result.created) {
        ctx.logger.info(
          `Decision ${result.decisionId} was already written for this task's request id; nothing new is written`,
        );
      }
      ctx.logger.info(
        `Decision ${result.decisionId} for ${environment} ${version} (evidence verdict ${result.verdict}) is ${result.summary}`,
      );
      ctx.output('decisionId', result.decisionId);
      ctx.output('status', result.status);
      ctx.output('verdict', result.verdict);
      ctx.output('url', link(result.system, result.decisionId));
    },
  });
}
