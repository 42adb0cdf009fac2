import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  RACI_LETTERS,
  type RaciLetter,
} from '@release-readiness/plugin-release-readiness-common';
import { readConfigWithSchema } from '@release-readiness/plugin-release-readiness-node';
import { z } from 'zod';
import { EnvironmentDefinition } from '../environments/readEnvironments';
import {
  asSystemRoot,
  keyOf,
  SystemConfigRoot,
} from '../systems/SystemConfigRoot';

/** A role with its members (full, lower-case `user:` or `group:` entity refs). */
export interface RaciRoleDefinition {
  id: string;
  title: string;
  members: string[];
}

/** An activity with its role ids per RACI letter. */
export interface RaciActivityDefinition {
  id: string;
  title: string;
  roles: Record<RaciLetter, string[]>;
}

/** The RACI configuration in force for one environment (overrides applied). */
export interface RaciDefinition {
  roles: RaciRoleDefinition[];
  activities: RaciActivityDefinition[];
}

const ID = /^[a-z][a-z0-9-]*$/;

const memberRef = z
  .string()
  .describe(
    "A user or group entity ref, e.g. 'group:default/release-captains' (namespace default).",
  )
  .transform((value, ctx) => {
    try {
      const ref = parseEntityRef(value, { defaultNamespace: 'default' });
      if (
        ref.kind.toLocaleLowerCase('en-US') === 'user' ||
        ref.kind.toLocaleLowerCase('en-US') === 'group'
      ) {
        return stringifyEntityRef(ref);
      }
    } catch {
      // reported below
    }
    ctx.addIssue({
      code: 'custom',
      message: `expected a user or group entity ref such as 'group:default/release-captains', got '${value}'`,
    });
    return z.NEVER;
  });

const roleSchema = z
  .object({
    title: z
      .string()
      .min(1)
      .optional()
      .describe('The name the board shows (default: the id, capitalised).'),
    members: z
      .array(memberRef)
      .describe('Who holds the role; an empty list is shown as a finding.'),
  })
  .strict();

const roleIds = z
  .array(z.string())
  .default([])
  .describe('Role ids (keys of raci.roles).');

/** A system's `raci` block: roles with their members, and activities with R, A, C, I roles. */
export const raciSchema = z
  .object({
    roles: z
      .record(
        z
          .string()
          .regex(ID, 'role ids use lower-case letters, digits and dashes'),
        roleSchema,
      )
      .refine(r => Object.keys(r).length > 0, 'at least one role is needed')
      .describe('The roles by id (lower-case letters, digits and dashes).'),
    activities: z
      .record(
        z
          .string()
          .regex(ID, 'activity ids use lower-case letters, digits and dashes'),
        z
          .object({
            title: z.string().min(1).describe('The name the board shows.'),
            responsible: z
              .array(z.string())
              .min(1, 'every activity needs a responsible role')
              .describe('Role ids that do the work (at least one).'),
            accountable: z
              .array(z.string())
              .min(1, 'every activity needs an accountable role')
              .describe('Role ids that answer for it (at least one).'),
            consulted: roleIds,
            informed: roleIds,
          })
          .strict(),
      )
      .refine(a => Object.keys(a).length > 0, 'at least one activity is needed')
      .describe(
        'The activities by id, e.g. go-no-go, deployment, rollback (go-no-go and rollback are used by decisions and rollbacks by default).',
      ),
  })
  .strict()
  .meta({
    title: 'RACI',
    description:
      'Who is Responsible, Accountable, Consulted and Informed for each activity; members are catalog users and groups.',
  });

/** An environment's `raci` block: other members (or titles) of the system's roles there. */
export const overrideSchema = z
  .object({
    roles: z
      .record(z.string(), roleSchema.partial({ members: true }))
      .describe("Roles of the system's raci.roles with other members here."),
  })
  .strict()
  .meta({
    title: 'RACI overrides',
    description: "Per-environment members or titles of the system's roles.",
  });

function titleOf(id: string): string {
  return id
    .split('-')
    .map(w => w.charAt(0).toLocaleUpperCase('en-US') + w.slice(1))
    .join(' ');
}

/**
 * Reads a system's `raci` and the per-environment overrides (`environments.<env>.raci.roles.
 * <role>.members`); given the portal's configuration, the shorthand `releaseReadiness.raci`.
 *
 * @returns the RACI definition per environment name, or undefined when no RACI is configured
 * @throws InputError naming the key of the first invalid value (stops the backend at start-up)
 */
export function readRaciConfig(
  input: Config | SystemConfigRoot,
  environments: EnvironmentDefinition[],
): Map<string, RaciDefinition> | undefined {
  const system = asSystemRoot(input);
  if (!system.config.has('raci')) {
    return undefined;
  }
  const KEY = keyOf(system, 'raci');
  const parsed = readConfigWithSchema(
    system.config,
    'raci',
    raciSchema,
    system.prefix,
  );
  const roleIdsKnown = Object.keys(parsed.roles);
  const activities: RaciActivityDefinition[] = Object.entries(
    parsed.activities,
  ).map(([id, activity]) => {
    const roles = {} as Record<RaciLetter, string[]>;
    for (const letter of RACI_LETTERS) {
      roles[letter] = activity[letter];
      for (const role of activity[letter]) {
        if (!parsed.roles[role]) {
          throw new InputError(
            `Invalid configuration at '${KEY}.activities.${id}.${letter}': unknown role '${role}'; configured roles: ${roleIdsKnown.join(
              ', ',
            )}`,
          );
        }
      }
    }
    return { id, title: activity.title, roles };
  });

  const result = new Map<string, RaciDefinition>();
  for (const environment of environments) {
    const name = environment.summary.name;
    const prefix = environment.keyPrefix;
    const overrides = environment.config.has('raci')
      ? readConfigWithSchema(environment.config, 'raci', overrideSchema, prefix)
          .roles
      : {};
    for (const role of Object.keys(overrides)) {
      if (!parsed.roles[role]) {
        throw new InputError(
          `Invalid configuration at '${prefix}.raci.roles.${role}': unknown role; configured roles: ${roleIdsKnown.join(
            ', ',
          )}`,
        );
      }
    }
    const roles = Object.entries(parsed.roles).map(([id, role]) => ({
      id,
      title: overrides[id]?.title ?? role.title ?? titleOf(id),
      members: overrides[id]?.members ?? role.members,
    }));
    result.set(name, { roles, activities });
  }
  return result;
}
