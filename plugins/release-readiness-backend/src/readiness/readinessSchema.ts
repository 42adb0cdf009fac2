import { parseWindowDuration } from '@release-readiness/plugin-release-readiness-common';
import { z } from 'zod';

// The schema of an environment's `readiness` block (team files and the portal's configuration
// alike); `readReadinessPolicies` reads it, and the team policy's JSON Schema is built from it.

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

const enforcement = z
  .enum(['block', 'warn'])
  .default('block')
  .describe(
    'block: failing it makes the verdict not ready; warn: shown, never blocks.',
  );
const severity = z.enum(['P0', 'P1', 'P2', 'P3']);
const risk = z.enum(['low', 'normal', 'high']);
const common = {
  title: z
    .string()
    .min(1)
    .optional()
    .describe('The name the board shows (default: one from the type).'),
  enforcement,
};

export const preconditionSchema = z.discriminatedUnion('type', [
  z.object({
    ...common,
    type: z
      .literal('incident-free')
      .describe('No open incident of the given severities.'),
    severities: z
      .array(severity)
      .min(1)
      .describe('Open incidents of these severities block.'),
  }),
  z.object({
    ...common,
    type: z
      .literal('oncall-reachable')
      .describe(
        'Someone is on call (and a backup, if required) now and for the coverage.',
      ),
    requireBackup: z
      .boolean()
      .default(true)
      .describe('Whether a backup on-call is needed too.'),
    coverage: isoDuration
      .default('PT2H')
      .describe(
        'How long ahead the on-call must be covered, an ISO 8601 duration.',
      ),
  }),
  z.object({
    ...common,
    type: z
      .enum(['backup-age', 'restore-test-age'])
      .describe(
        'The last backup, or the last restore test, is younger than maxAge.',
      ),
    maxAge: isoDuration.describe(
      'The oldest backup or restore test accepted, an ISO 8601 duration such as PT24H.',
    ),
  }),
  z.object({
    ...common,
    type: z
      .literal('change-window')
      .describe(
        'No freeze now (and a release window open, if required); at most one per environment.',
      ),
    requireReleaseWindow: z
      .boolean()
      .default(false)
      .describe('Whether a release window must be open (not just no freeze).'),
    releaseWindowExemptChangeTypes: z
      .array(id)
      .default([])
      .describe('Change types that need no release window.'),
    outsideWindowApproval: z
      .string()
      .min(1)
      .optional()
      .describe('Who may approve a release outside the window (shown).'),
  }),
  z.object({
    ...common,
    type: z
      .literal('cab-approval')
      .describe('Releases of the given risks need a CAB approval.'),
    risks: z
      .array(risk)
      .min(1)
      .describe('The risk levels that need a CAB approval.'),
  }),
  z.object({
    ...common,
    type: z
      .literal('error-budget')
      .describe("Every SLO's error budget has at least minRemaining left."),
    minRemaining: z
      .number()
      .min(0)
      .max(1)
      .default(0)
      .describe('The share of the error budget that must be left (0–1).'),
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
    z
      .object({
        activity: id.describe('A RACI activity id.'),
        as: z.array(raciLetter).min(1).describe("The activity's letters."),
      })
      .strict(),
    z.object({ roles: z.array(id).min(1).describe('Role ids.') }).strict(),
  ])
  .default({ activity: 'go-no-go', as: ['responsible', 'accountable'] })
  .describe(
    'Who may set a manual gate: the RACI letters of an activity ({ activity, as }) or roles ({ roles }); default the R and A of go-no-go.',
  );

const gateSchema = z
  .object({
    title: z.string().min(1).describe('The name the board shows.'),
    source: z
      .enum(['ci', 'manual'])
      .default('ci')
      .describe(
        "ci: the checks come from the environment's gate source (gates.source); manual: people set them.",
      ),
    checks: z
      .array(z.string().min(1))
      .min(1)
      .describe('The names of the checks the gate needs.'),
    required: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('How many of the checks must pass (default: all).'),
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
      .default([])
      .describe(
        'CI conclusions besides success that count as passed, e.g. neutral, skipped.',
      ),
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
      .default({})
      .describe(
        'Per check, who must have reported it: app:<github-app-slug>, status or status:<creator>.',
      ),
    maxAge: isoDuration
      .optional()
      .describe('Results older than this (ISO 8601 duration) do not count.'),
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

/** An environment's `readiness` block: its gates and go-live preconditions. */
export const readinessSchema = z
  .object({
    gates: z
      .record(id, gateSchema)
      .default({})
      .describe('CI and manual gates by id.'),
    preconditions: z
      .record(id, preconditionSchema)
      .default({})
      .describe(
        'Go-live preconditions by id (incident-free, oncall-reachable, backup-age, restore-test-age, change-window, cab-approval, error-budget).',
      ),
    defaultRisk: risk
      .default('normal')
      .describe('The risk of a release that names none.'),
    changeTypes: z
      .array(id)
      .default([])
      .describe('Change types a release may name besides standard.'),
  })
  .refine(
    r =>
      Object.values(r.preconditions).filter(p => p.type === 'change-window')
        .length <= 1,
    {
      message: 'at most one change-window precondition',
      path: ['preconditions'],
    },
  )
  .meta({
    title: 'Readiness policy',
    description:
      'What must hold before a release may go live in this environment: gates and preconditions.',
  });
