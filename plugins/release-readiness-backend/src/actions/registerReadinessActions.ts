import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import {
  releaseReadinessDecisionCheckPermission,
  releaseReadinessReadPermission,
} from '@release-readiness/plugin-release-readiness-common';
import type { SystemRegistry } from '../systems/SystemRegistry';

/**
 * Registers the plugin's read-only actions in Backstage's actions registry (served to
 * assistants over MCP by the portal's MCP actions backend): an environment's readiness, open
 * decisions, and the decision check. Each checks the caller's permission like the HTTP routes.
 */
export function registerReadinessActions(options: {
  actionsRegistry: ActionsRegistryService;
  systems: SystemRegistry;
  permissions: PermissionsService;
}) {
  const { actionsRegistry, systems, permissions } = options;

  const allow = async (
    credentials: BackstageCredentials,
    permission: BasicPermission,
  ) => {
    const [decision] = await permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `The permission policy does not allow this (${permission.name})`,
      );
    }
  };
  const runtimeOf = async (system: string | undefined) => {
    const name = system ?? systems.defaultSystem;
    if (!name) {
      throw new NotFoundError(
        'No default system is configured: name the system',
      );
    }
    return systems.runtime(name);
  };

  actionsRegistry.register({
    name: 'get-readiness',
    title: 'Get the release readiness of an environment',
    description:
      'The verdict (ready, blocked or unknown; unknown is never ready) of an environment of a system now, with the reason of every gate or go-live precondition that did not pass.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          system: z
            .string()
            .optional()
            .describe('Catalog System name; default: the default system'),
          environment: z.string().describe('Environment name, e.g. prod'),
        }),
      output: z =>
        z.object({
          environment: z.string(),
          verdict: z.enum(['ready', 'blocked', 'unknown']),
          at: z.string(),
          reasons: z.array(
            z.object({
              item: z.string(),
              status: z.string(),
              text: z.string(),
            }),
          ),
        }),
    },
    examples: [
      {
        title: 'Is Servanda prod ready?',
        input: { system: 'servanda', environment: 'prod' },
      },
    ],
    action: async ({ input, credentials }) => {
      await allow(credentials, releaseReadinessReadPermission);
      const runtime = await runtimeOf(input.system);
      const result = await runtime.readiness.evaluate(input.environment);
      return {
        output: {
          environment: result.environment,
          verdict: result.verdict,
          at: result.at,
          reasons: result.reasons.map(r => ({
            item: r.itemId,
            status: r.status,
            text: r.text,
          })),
        },
      };
    },
  });

  actionsRegistry.register({
    name: 'list-open-decisions',
    title: 'List open go/no-go decisions',
    description:
      'Go/no-go decisions of a system that still wait for votes or waivers, newest first, with what each is missing.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          system: z.string().optional(),
          environment: z.string().optional(),
        }),
      output: z =>
        z.object({
          items: z.array(
            z.object({
              id: z.string(),
              environment: z.string(),
              version: z.string(),
              requester: z.string(),
              expiresAt: z.string(),
              reason: z.string(),
            }),
          ),
        }),
    },
    action: async ({ input, credentials }) => {
      await allow(credentials, releaseReadinessReadPermission);
      const runtime = await runtimeOf(input.system);
      const items = await runtime.decisions.list({
        status: 'open',
        ...(input.environment && {
          environment: runtime.decisions.environment(input.environment).name,
        }),
      });
      return {
        output: {
          items: items.map(({ record, state }) => ({
            id: record.id,
            environment: record.environment,
            version: record.version,
            requester: record.requester,
            expiresAt: record.expiresAt,
            reason: state.reason,
          })),
        },
      };
    },
  });

  actionsRegistry.register({
    name: 'check-decision',
    title: 'Check whether a version may go out',
    description:
      'Whether a go decision allows deploying this version to this environment now (bound to the version, not expired, evidence not turned to fail).',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          system: z.string().optional(),
          environment: z.string(),
          version: z.string(),
        }),
      output: z =>
        z.object({
          go: z.boolean(),
          decisionId: z.string().optional(),
          reason: z.string(),
          expiresAt: z.string().optional(),
        }),
    },
    action: async ({ input, credentials }) => {
      await allow(credentials, releaseReadinessDecisionCheckPermission);
      const runtime = await runtimeOf(input.system);
      return {
        output: await runtime.decisions.check(input.environment, input.version),
      };
    },
  });
}
