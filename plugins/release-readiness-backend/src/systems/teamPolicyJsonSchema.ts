import { z } from 'zod';
import { teamPolicySchema } from './teamPolicySchema';

/**
 * Where the published JSON Schema of a team's policy file is served (the package's
 * `schema/team-policy.schema.json` on unpkg), for the `yaml-language-server` modeline of files
 * outside this repository.
 */
export const TEAM_POLICY_SCHEMA_URL =
  'https://unpkg.com/@release-readiness/plugin-release-readiness-backend/schema/team-policy.schema.json';

/**
 * The JSON Schema (draft-07, which editors' YAML and JSON language servers support) of a team's
 * policy file, generated from {@link teamPolicySchema}: the schemas the backend validates with.
 *
 * @remarks
 * It describes the file as written (zod's input side: keys with defaults are optional). What JSON
 * Schema cannot express is left out, so it accepts the files the backend accepts, and some the
 * backend refuses: ISO 8601 durations, iCalendar recurrences, regular expressions, entity refs,
 * time zones, references between keys (RACI roles, rotations, environments), the platform's
 * limits and the keys of source modules are checked by the backend, which stays the authority.
 * One exception: it checks a `gates.config` block also where `gates.source` names another source
 * (the backend then ignores the block). The checked-in copy is `schema/team-policy.schema.json`
 * (regenerate it with `scripts/generate-team-policy-schema.js`).
 */
export function teamPolicyJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(teamPolicySchema, {
    target: 'draft-07',
    io: 'input',
  });
  const { $schema, ...rest } = generated;
  return { $schema, $id: TEAM_POLICY_SCHEMA_URL, ...rest };
}
