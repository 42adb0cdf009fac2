import { z } from 'zod';
import { backupsSchema } from '../backups/readBackupDefinitions';
import { decisionsSchema } from '../decisions/readDecisionPolicies';
import {
  ENVIRONMENT_NAME,
  environmentSchema,
} from '../environments/readEnvironments';
import { overrideSchema, raciSchema } from '../people/readRaciConfig';
import { rotationsSchema } from '../people/readRotationsConfig';
import { configGatesSchema } from '../readiness/createConfigGateSourceFactory';
import { calendarSchema } from '../readiness/readCalendarWindows';
import { readinessSchema } from '../readiness/readinessSchema';
import { refPatternSchema } from '../readiness/readRefPatterns';
import { runningRefSchema } from '../readiness/readRunningRefRules';
import { rollbackSchema } from '../rollbacks/readRollbackPolicies';
import { slaSchema } from '../sla/readSlaDefinitions';

/** A source block's `source` key: the type of an installed source. */
const sourceType = (kind: string, examples: string) =>
  z
    .string()
    .min(1)
    .describe(
      `The ${kind} source type, e.g. ${examples} (installed as a backend module); its own keys sit beside it.`,
    );

const gatesBlock = z
  .object({
    source: sourceType('gate', 'config, github, http').optional(),
    refPattern: refPatternSchema.optional(),
    runningRef: runningRefSchema.optional(),
    config: configGatesSchema.optional(),
  })
  .loose()
  .meta({
    title: 'Gate source',
    description:
      "Where the CI gates' check results come from, and which release they are checked for; the source's own block (github, http, …) is read by its module.",
  });

const environmentPolicySchema = environmentSchema
  .extend({
    cluster: z
      .string()
      .optional()
      .describe(
        "A platform cluster by name (the portal's releaseReadiness.clusters); the platform decides which clusters a system may name.",
      ),
    workloads: z
      .object({ source: sourceType('workload', 'kubernetes').optional() })
      .loose()
      .optional()
      .describe('Where the workloads (what runs, which version) come from.'),
    gates: gatesBlock.optional(),
    incidents: z
      .object({ source: sourceType('incident', 'pagerduty').optional() })
      .loose()
      .optional()
      .describe('Where open incidents come from.'),
    onCall: z
      .object({
        source: sourceType('on-call', 'config, pagerduty').optional(),
        rotation: z
          .string()
          .optional()
          .describe(
            'A rotation of onCall.rotations (the config source; default onCall.defaultRotation).',
          ),
      })
      .loose()
      .optional()
      .describe(
        "Who is on call here: a rotation of the system's onCall, or a source.",
      ),
    raci: overrideSchema.optional(),
    readiness: readinessSchema.optional(),
    sla: slaSchema.optional(),
    backups: backupsSchema.optional(),
    decisions: decisionsSchema.optional(),
    rollback: rollbackSchema.optional(),
  })
  // Loose like the core's: source modules read their own keys (namespace, labelSelector, …).
  .loose()
  .meta({
    title: 'Environment',
    description:
      "One environment: what the board shows, where it runs, its gates, preconditions, SLA, backups, decisions and rollback policy. Keys of source modules (e.g. the Kubernetes module's namespace and labelSelector) are accepted and read by those modules.",
  });

/**
 * The zod schema of a system's release policy: a team's policy file (the annotation
 * `release-readiness.io/policy`) or `releaseReadiness.systems.<name>` of the portal's
 * configuration. It is composed of the very schemas the backend's readers validate each block
 * with; the checks outside zod (RACI role references, calendar environments, organisation-wide
 * opt-outs, cluster limits, installed source types, each source module's own keys) stay with the
 * backend. Its JSON Schema is {@link teamPolicyJsonSchema}.
 */
export const teamPolicySchema = z
  .object({
    $schema: z
      .string()
      .optional()
      .describe(
        'The JSON Schema of this file, for editors (ignored by the backend).',
      ),
    title: z
      .string()
      .optional()
      .describe(
        "The system's name on the board, for a system in the portal's configuration (a team file's system shows its System entity's title).",
      ),
    environments: z
      .record(
        z
          .string()
          .regex(
            ENVIRONMENT_NAME,
            'environment names use lower-case letters, digits and dashes, starting with a letter',
          ),
        environmentPolicySchema,
      )
      .optional()
      .describe(
        'The environments by name (lower-case letters, digits and dashes), in promotion order by their order.',
      ),
    raci: raciSchema.optional(),
    onCall: z
      .object({
        defaultRotation: z
          .string()
          .optional()
          .describe(
            'The rotation of every environment without its own onCall.',
          ),
        rotations: rotationsSchema.optional(),
      })
      .optional()
      .describe('Weekly on-call rotations, handed over at a fixed time.'),
    calendar: calendarSchema,
  })
  .strict()
  .meta({
    title: 'Release-readiness team policy',
    description:
      "A system's release policy: environments, gates, go-live preconditions, RACI, on-call rota and calendar windows. Read by the release-readiness backend, which stays the authority: it also checks what this schema cannot express (durations, recurrences, regular expressions, references between keys, the platform's limits).",
  });
