import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  formatSpan,
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

import { preconditionSchema, readinessSchema } from './readinessSchema';

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
