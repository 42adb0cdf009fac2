import { Config } from '@backstage/config';
import type {
  BackupItemKind,
  ManualGateSetBy,
} from '@release-readiness/plugin-release-readiness-common';
import { readConfigWithSchema } from '@release-readiness/plugin-release-readiness-node';
import { Duration } from 'luxon';
import { z } from 'zod';
import type { EnvironmentDefinition } from '../environments/readEnvironments';

const duration = z
  .string()
  .refine(
    d => Duration.fromISO(d).as('milliseconds') > 0,
    'expected an ISO 8601 duration longer than zero, such as PT24H',
  );
const id = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'use lower-case letters, digits and dashes');
const letter = z.enum(['responsible', 'accountable', 'consulted', 'informed']);

/** The name the restore test takes among an environment's items. */
const RESTORE_TEST = 'restore-test';

const itemSchema = z
  .object({
    kind: z
      .enum(['backup', 'wal-lag'])
      .default('backup')
      .describe(
        'backup: its age against the RPO; wal-lag: the WAL archive lag.',
      ),
    source: z
      .string()
      .min(1)
      .describe(
        'The backup source type, e.g. kubernetes-cronjob, velero, prometheus; its own keys sit beside it.',
      ),
    rpo: duration
      .optional()
      .describe("Backups only: the item's RPO (default: the block's rpo)."),
    maxLag: duration
      .optional()
      .describe('wal-lag only: the highest lag accepted (default PT5M).'),
  })
  .loose()
  .refine(i => i.kind === 'backup' || i.rpo === undefined, {
    message: 'a wal-lag item has a maxLag, not an rpo',
    path: ['rpo'],
  })
  .refine(i => i.kind === 'wal-lag' || i.maxLag === undefined, {
    message: 'only wal-lag items have a maxLag; a backup has an rpo',
    path: ['maxLag'],
  });

/**
 * Who may post restore-test records: the letters of an activity, or roles. One object (not a
 * union) so that a bad value is named by its own key, e.g. `setBy.as.0`.
 */
const setBySchema = z
  .object({
    activity: id.optional().describe('A RACI activity id.'),
    as: z
      .array(letter)
      .min(1)
      .optional()
      .describe("The activity's letters that may record."),
    roles: z
      .array(id)
      .min(1)
      .optional()
      .describe('Role ids that may record (instead of activity and as).'),
  })
  .strict()
  .describe(
    'Who may record restore tests: { activity, as } or { roles }; default the R and A of go-no-go.',
  )
  .superRefine((s, ctx) => {
    if (s.roles !== undefined) {
      if (s.activity !== undefined || s.as !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'give either roles, or an activity and its letters (as)',
        });
      }
      return;
    }
    for (const key of ['activity', 'as'] as const) {
      if (s[key] === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'required unless setBy gives roles',
          path: [key],
        });
      }
    }
  })
  .transform(
    (s): ManualGateSetBy =>
      s.roles !== undefined
        ? { roles: s.roles }
        : { activity: s.activity ?? '', as: s.as ?? [] },
  );

/** An environment's `backups` block: backup items against the RPO and the restore test. */
export const backupsSchema = z
  .object({
    rpo: duration
      .default('PT24H')
      .describe(
        'The recovery point objective of every backup item, an ISO 8601 duration.',
      ),
    items: z
      .record(id, itemSchema)
      .default({})
      .superRefine((items, ctx) => {
        if (RESTORE_TEST in items) {
          ctx.addIssue({
            code: 'custom',
            message: `the name ${RESTORE_TEST} is the restore test's (backups.restoreTest)`,
            path: [RESTORE_TEST],
          });
        }
        const walLag = Object.keys(items).filter(
          name => items[name].kind === 'wal-lag',
        );
        for (const name of walLag.slice(1)) {
          ctx.addIssue({
            code: 'custom',
            message: `an environment has one wal-lag item; ${walLag[0]} is it`,
            path: [name, 'kind'],
          });
        }
      })
      .describe('Backups and the WAL lag by name (at most one wal-lag item).'),
    restoreTest: z
      .object({
        maxAge: duration
          .default('P30D')
          .describe('The oldest restore test accepted.'),
        source: z
          .string()
          .min(1)
          .default('records')
          .describe(
            'records: recorded in the portal; or a source type such as kubernetes-job.',
          ),
        setBy: setBySchema.default({
          activity: 'go-no-go',
          as: ['responsible', 'accountable'],
        }),
      })
      .loose()
      .optional()
      .describe('The last restore test against its maximum age.'),
  })
  .strict()
  .meta({
    title: 'Backup freshness',
    description:
      "Backup items against the RPO and the restore test; each item's source reads its own keys.",
  });

/** One backup item of an environment's policy. */
export interface BackupItemDefinition {
  name: string;
  kind: BackupItemKind;
  /** The source type, e.g. `kubernetes-cronjob`, `velero`, `prometheus`, `records`. */
  source: string;
  /** The RPO (backup, restore test) or the maximum lag (WAL), ISO 8601 duration. */
  limit: string;
  config: Config;
  keyPrefix: string;
  /** For restore-test records: who may post them. */
  setBy?: ManualGateSetBy;
}

/**
 * Reads every environment's `backups` block: its items (with the block's RPO as their default)
 * and its restore test. Throws an `InputError` naming the key of an invalid value.
 */
export function readBackupDefinitions(
  environments: EnvironmentDefinition[],
): Map<string, BackupItemDefinition[]> {
  const result = new Map<string, BackupItemDefinition[]>();
  for (const { summary, config, keyPrefix } of environments) {
    if (!config.has('backups')) {
      continue;
    }
    const parsed = readConfigWithSchema(
      config,
      'backups',
      backupsSchema,
      keyPrefix,
    );
    const items: BackupItemDefinition[] = Object.entries(parsed.items).map(
      ([name, item]) => ({
        name,
        kind: item.kind,
        source: item.source,
        limit:
          item.kind === 'wal-lag'
            ? item.maxLag ?? 'PT5M'
            : item.rpo ?? parsed.rpo,
        config: config.getConfig(`backups.items.${name}`),
        keyPrefix: `${keyPrefix}.backups.items.${name}`,
      }),
    );
    if (parsed.restoreTest) {
      items.push({
        name: RESTORE_TEST,
        kind: 'restore-test',
        source: parsed.restoreTest.source,
        limit: parsed.restoreTest.maxAge,
        config: config.getConfig('backups.restoreTest'),
        keyPrefix: `${keyPrefix}.backups.restoreTest`,
        setBy: parsed.restoreTest.setBy,
      });
    }
    result.set(summary.name, items);
  }
  return result;
}
