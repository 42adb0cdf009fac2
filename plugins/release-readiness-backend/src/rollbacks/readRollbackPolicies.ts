import { Config } from '@backstage/config';
import type {
  ManualGateSetBy,
  RollbackFreezeRule,
} from '@release-readiness/plugin-release-readiness-common';
import { readConfigWithSchema } from '@release-readiness/plugin-release-readiness-node';
import { Duration } from 'luxon';
import { z } from 'zod';
import type { EnvironmentDefinition } from '../environments/readEnvironments';

const id = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'use lower-case letters, digits and dashes');
const duration = (max: { minutes: number }) =>
  z
    .string()
    .refine(
      d =>
        Duration.fromISO(d).isValid &&
        Duration.fromISO(d).as('seconds') > 0 &&
        Duration.fromISO(d).as('minutes') <= max.minutes,
      `expected an ISO 8601 duration longer than zero and at most ${max.minutes} minutes`,
    );
const letter = z.enum(['responsible', 'accountable', 'consulted', 'informed']);
const workloadName = z
  .string()
  .regex(
    /^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$/,
    'expected a Kubernetes name',
  );

/** An environment's `rollback` block: its rollback policy (strategies read their own keys). */
export const rollbackSchema = z
  .object({
    strategy: z
      .string()
      .min(1)
      .optional()
      .describe(
        "The rollback strategy type, e.g. kubernetes or github-actions (default: the workload source's).",
      ),
    allowManaged: z
      .boolean()
      .default(false)
      .describe(
        'Whether Helm- or Argo CD-managed workloads may be rolled back.',
      ),
    freeze: z
      .enum(['exempt', 'override', 'refuse'])
      .default('override')
      .describe(
        'In a freeze: exempt: allowed; override: allowed with a reason; refuse: not allowed.',
      ),
    allowedBy: z
      .union([
        z
          .object({
            activity: id.describe('A RACI activity id.'),
            as: z.array(letter).min(1).describe("The activity's letters."),
          })
          .strict(),
        z.object({ roles: z.array(id).min(1).describe('Role ids.') }).strict(),
      ])
      .default({ activity: 'rollback', as: ['responsible'] })
      .describe(
        'Who may roll back: { activity, as } or { roles } (default: the R of rollback).',
      ),
    informActivity: id
      .default('rollback')
      .describe(
        'The activity whose Accountable and Informed hear of rollbacks.',
      ),
    verify: z
      .object({
        timeout: duration({ minutes: 60 })
          .default('PT5M')
          .describe('How long verification waits, at most 60 minutes.'),
        interval: duration({ minutes: 5 })
          .default('PT5S')
          .describe('How often it looks, at most 5 minutes.'),
        triggers: z
          .boolean()
          .default(true)
          .describe('Whether the SLA rollback triggers are measured again.'),
      })
      .strict()
      .default({ timeout: 'PT5M', interval: 'PT5S', triggers: true })
      .describe('How a rollback is verified.'),
    cooldown: duration({ minutes: 24 * 60 })
      .default('PT2M')
      .describe(
        'The least time between two rollbacks of a workload, at most 24 hours.',
      ),
    workloads: z
      .record(
        workloadName,
        z
          .object({
            strategy: z
              .string()
              .min(1)
              .describe('The rollback strategy type of this workload.'),
          })
          .loose(),
      )
      .default({})
      .describe(
        'Per-workload strategies by workload name, with their own keys.',
      ),
  })
  .loose()
  .meta({
    title: 'Rollback policy',
    description:
      "Who may roll back, how it is verified, and the strategy; a strategy's own keys sit beside them.",
  });

/** An environment's rollback policy (`environments.<env>.rollback`), with its defaults. */
export interface RollbackPolicy {
  /** The strategy type; undefined: the default for the environment's workload source. */
  strategy?: string;
  allowManaged: boolean;
  freeze: RollbackFreezeRule;
  /** Who may roll back (with the permission): default the Responsible of `rollback`. */
  allowedBy: ManualGateSetBy;
  /** The Accountable and Informed of this activity hear of rollbacks. */
  informActivity: string;
  verify: { timeoutMs: number; intervalMs: number; triggers: boolean };
  cooldownMs: number;
  /** Per-workload strategy overrides, with their config blocks. */
  workloads: Map<
    string,
    { strategy: string; config: Config; keyPrefix: string }
  >;
  /** The environment's `rollback` block (strategies read theirs from it). */
  config?: Config;
  keyPrefix: string;
}

/**
 * Reads every environment's rollback policy; an environment without the block gets the defaults
 * (the native strategy where its workloads come from a live cluster, Helm/Argo CD-managed
 * workloads refused, an override reason inside freezes, the Responsible of `rollback`, 5 min
 * verification, a 2 min cooldown). Throws an `InputError` naming the key of an invalid value.
 */
export function readRollbackPolicies(
  environments: EnvironmentDefinition[],
): Map<string, RollbackPolicy> {
  const result = new Map<string, RollbackPolicy>();
  for (const { summary, config, keyPrefix } of environments) {
    const blockPrefix = `${keyPrefix}.rollback`;
    const parsed = config.has('rollback')
      ? readConfigWithSchema(config, 'rollback', rollbackSchema, keyPrefix)
      : rollbackSchema.parse({});
    const block = config.getOptionalConfig('rollback');
    result.set(summary.name, {
      ...(parsed.strategy && { strategy: parsed.strategy }),
      allowManaged: parsed.allowManaged,
      freeze: parsed.freeze,
      allowedBy: parsed.allowedBy,
      informActivity: parsed.informActivity,
      verify: {
        timeoutMs: Duration.fromISO(parsed.verify.timeout).toMillis(),
        intervalMs: Duration.fromISO(parsed.verify.interval).toMillis(),
        triggers: parsed.verify.triggers,
      },
      cooldownMs: Duration.fromISO(parsed.cooldown).toMillis(),
      workloads: new Map(
        Object.entries(parsed.workloads).map(([name, w]) => [
          name,
          {
            strategy: w.strategy,
            config: block!.getConfig(`workloads.${name}`),
            keyPrefix: `${blockPrefix}.workloads.${name}`,
          },
        ]),
      ),
      ...(block && { config: block }),
      keyPrefix: blockPrefix,
    });
  }
  return result;
}
