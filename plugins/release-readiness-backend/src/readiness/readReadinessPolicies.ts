import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  formatSpan,
  parseWindowDuration,
  PreconditionRule,
  ReadinessPolicy,
  STANDARD_CHANGE_TYPE,
} from '@release-readiness/plugin-release-readiness-common';
import { readConfigWithSchema } from '@release-readiness/plugin-release-readiness-node';
import { Duration } from 'luxon';
import { z } from 'zod';
import { EnvironmentDefinition } from '../environments/readEnvironments';
import {
  asSystemRoot,
  keyOf,
  SystemConfigRoot,
} from '../systems/SystemConfigRoot';
import { readCalendarWindows, ScopedWindow } from './readCalendarWindows';

const ID = /^[a-z][a-z0-9-]*$/;
const id = z
  .string()
  .regex(
    ID,
    'use lower-case letters, digits and dashes, starting with a letter',
  );

const isoDuration = z.string().superRefine((value, ctx) => {
  try {
    parseWindowDuration(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
  }
});

const enforcement = z.enum(['block', 'warn']).default('block');
const severity = z.enum(['P0', 'P1', 'P2', 'P3']);
const risk = z.enum(['low', 'normal', 'high']);
const common = { title: z.string().min(1).optional(), enforcement };

const preconditionSchema = z.discriminatedUnion('type', [
  z.object({
    ...common,
    type: z.literal('incident-free'),
    severities: z.array(severity).min(1),
  }),
  z.object({
    ...common,
    type: z.literal('oncall-reachable'),
    requireBackup: z.boolean().default(true),
    coverage: isoDuration.default('PT2H'),
  }),
  z.object({
    ...common,
    type: z.enum(['backup-age', 'restore-test-age']),
    maxAge: isoDuration,
  }),
  z.object({
    ...common,
    type: z.literal('change-window'),
    requireReleaseWindow: z.boolean().default(false),
    releaseWindowExemptChangeTypes: z.array(id).default([]),
    outsideWindowApproval: z.string().min(1).optional(),
  }),
  z.object({
    ...common,
    type: z.literal('cab-approval'),
    risks: z.array(risk).min(1),
  }),
  z.object({
    ...common,
    type: z.literal('error-budget'),
    minRemaining: z.number().min(0).max(1).default(0),
  }),
]);

const raciLetter = z.enum([
  'responsible',
  'accountable',
  'consulted',
  'informed',
]);

const setBySchema = z
  .union([
    z.object({ activity: id, as: z.array(raciLetter).min(1) }).strict(),
    z.object({ roles: z.array(id).min(1) }).strict(),
  ])
  .default({ activity: 'go-no-go', as: ['responsible', 'accountable'] });

const gateSchema = z
  .object({
    title: z.string().min(1),
    source: z.enum(['ci', 'manual']).default('ci'),
    checks: z.array(z.string().min(1)).min(1),
    required: z.number().int().min(1).optional(),
    enforcement,
    acceptConclusions: z
      .array(
        z
          .string()
          .regex(
            /^[a-z_]+$/,
            'expected a lower-case conclusion such as neutral or skipped',
          ),
      )
      .default([]),
    producers: z
      .record(
        z.string().min(1),
        z
          .string()
          .regex(
            /^(app:[a-z0-9][a-z0-9-]*|status(:[A-Za-z0-9._\[\]-]+)?)$/,
            'expected app:<github-app-slug>, status or status:<creator>',
          ),
      )
      .default({}),
    maxAge: isoDuration.optional(),
    setBy: setBySchema,
  })
  .refine(g => g.required === undefined || g.required <= g.checks.length, {
    message: 'must not be more than the number of checks',
    path: ['required'],
  })
  .refine(g => Object.keys(g.producers).every(c => g.checks.includes(c)), {
    message: "names a check that is not one of the gate's checks",
    path: ['producers'],
  });

const readinessSchema = z
  .object({
    gates: z.record(id, gateSchema).default({}),
    preconditions: z.record(id, preconditionSchema).default({}),
    defaultRisk: risk.default('normal'),
    changeTypes: z.array(id).default([]),
  })
  .refine(
    r =>
      Object.values(r.preconditions).filter(p => p.type === 'change-window')
        .length <= 1,
    {
      message: 'at most one change-window precondition',
      path: ['preconditions'],
    },
  );

type ParsedPrecondition = z.output<typeof preconditionSchema>;

function defaultTitle(p: ParsedPrecondition): string {
  const age = (iso: string) =>
    formatSpan(Duration.fromISO(iso).as('milliseconds'));
  switch (p.type) {
    case 'incident-free':
      return `No open ${p.severities.join('/')} incident`;
    case 'oncall-reachable':
      return 'On-call reachable';
    case 'backup-age':
      return `Backup younger than ${age(p.maxAge)}`;
    case 'restore-test-age':
      return `Restore test younger than ${age(p.maxAge)}`;
    case 'change-window':
      return 'Change window';
    case 'cab-approval':
      return 'CAB approval';
    default:
      return 'Error budget left';
  }
}

/**
 * Reads a system's calendar windows and every environment's `readiness` policy (given the
 * portal's configuration: the single-system shorthand `releaseReadiness.calendar` and
 * `releaseReadiness.environments.<env>.readiness`). Organisation-wide windows apply too, except
 * those the system names in `calendar.optOut`. Throws an `InputError` naming the key of the first
 * invalid value, which stops the backend at start-up (or marks a team's policy file broken).
 *
 * @returns the policy per environment name, for the environments that have a `readiness` block
 */
export function readReadinessPolicies(
  input: Config | SystemConfigRoot,
  environments: EnvironmentDefinition[],
  options: { organisationWindows?: ScopedWindow[] } = {},
): Map<string, ReadinessPolicy> {
  const system = asSystemRoot(input);
  const names = environments.map(e => e.summary.name);
  const own = readCalendarWindows(system.config, 'calendar', {
    prefix: system.prefix,
    environments: names,
  });
  const organisation = options.organisationWindows ?? [];
  const known = organisation.map(w => w.window.id);
  const unknownOptOut = own.optOut.filter(o => !known.includes(o));
  if (unknownOptOut.length > 0) {
    throw new InputError(
      `Invalid configuration at '${keyOf(
        system,
        'calendar.optOut',
      )}': ${unknownOptOut.join(
        ', ',
      )} is not an organisation-wide window (known: ${
        known.join(', ') || 'none'
      })`,
    );
  }
  const windows = [
    ...organisation.filter(w => !own.optOut.includes(w.window.id)),
    ...own.windows,
  ];

  const policies = new Map<string, ReadinessPolicy>();
  for (const environment of environments) {
    const name = environment.summary.name;
    if (!environment.config.has('readiness')) {
      continue;
    }
    const parsed = readConfigWithSchema(
      environment.config,
      'readiness',
      readinessSchema,
      environment.keyPrefix,
    );
    const applicable = windows
      .filter(w => !w.environments || w.environments.includes(name))
      .map(w => w.window);
    const preconditions = Object.entries(parsed.preconditions).map(
      ([ruleId, p]) =>
        ({
          ...p,
          id: ruleId,
          title: p.title ?? defaultTitle(p),
        } as PreconditionRule),
    );
    const changeTypes = new Set<string>([
      STANDARD_CHANGE_TYPE,
      ...parsed.changeTypes,
      ...applicable.flatMap(w => w.exemptChangeTypes ?? []),
      ...preconditions.flatMap(p =>
        p.type === 'change-window' ? p.releaseWindowExemptChangeTypes : [],
      ),
    ]);
    policies.set(name, {
      gates: Object.entries(parsed.gates).map(([gateId, g]) => ({
        id: gateId,
        title: g.title,
        source: g.source,
        checks: g.checks,
        required: g.required ?? g.checks.length,
        enforcement: g.enforcement,
        acceptConclusions: g.acceptConclusions,
        producers: g.producers,
        ...(g.maxAge && { maxAge: g.maxAge }),
        setBy: g.setBy,
      })),
      preconditions,
      windows: applicable,
      changeTypes: [...changeTypes],
      defaultRisk: parsed.defaultRisk,
    });
  }
  return policies;
}
