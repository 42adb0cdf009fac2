/*
 * Writes schema/team-policy.schema.json from the zod schemas the backend validates a team's
 * policy file with, formatted by the repository's prettier. Run from this package:
 *   node --require @backstage/cli/config/nodeTransform.cjs scripts/generate-team-policy-schema.js
 * The unit test src/systems/teamPolicyJsonSchema.test.ts fails while the file is out of date.
 */
const fs = require('node:fs');
const path = require('node:path');
// The repository's formatter (a root devDependency), so the file passes `prettier --check`.
const prettier = require('prettier');
const { teamPolicyJsonSchema } = require('../src/systems/teamPolicyJsonSchema');

const target = path.resolve(__dirname, '../schema/team-policy.schema.json');
const options = prettier.resolveConfig.sync(target) ?? {};
const text = prettier.format(JSON.stringify(teamPolicyJsonSchema()), {
  ...options,
  filepath: target,
});
fs.writeFileSync(target, text);
process.stdout.write(`Wrote ${path.relative(process.cwd(), target)}\n`);
