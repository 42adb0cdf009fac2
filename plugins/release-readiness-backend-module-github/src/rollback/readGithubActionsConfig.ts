import { Config, ConfigReader } from '@backstage/config';
import {
  readConfigWithSchema,
  refuseTeamOwnedKeys,
} from '@release-readiness/plugin-release-readiness-node';
import { z } from 'zod';
import { isGitRefName } from '../github/isGitRefName';
import type { GithubActionsConfig } from './GithubActionsConfig';
import { INPUT_PLACEHOLDERS } from './INPUT_PLACEHOLDERS';

/** GitHub's limit of inputs per dispatch. */
const MAX_INPUTS = 25;

/** What GitHub tokens and keys look like: never an input value (inputs are sent and recorded). */
const CREDENTIAL =
  /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_\w{20,})|-----BEGIN [A-Z ]*PRIVATE KEY-----/;

/** How GitHub names workflow inputs. */
const INPUT_ID = /^[A-Za-z_][\w-]{0,99}$/;

const WORKFLOW_MESSAGE =
  'expected the workflow file name (e.g. deploy.yml, without .github/workflows/) or its numeric id';

/** The keys a team's policy file may set in `rollback.githubActions`. */
const TEAM_KEYS = [
  'repository',
  'host',
  'workflow',
  'ref',
  'inputs',
  'versions',
] as const;

const template = z
  .string()
  .max(1000, 'expected at most 1000 characters')
  .refine(
    v => !CREDENTIAL.test(v),
    'looks like a credential: inputs are sent to the workflow and written to rollback records; let the workflow read its own secrets',
  )
  .refine(
    v =>
      [...v.matchAll(/\{([^{}]*)\}/g)].every(m =>
        INPUT_PLACEHOLDERS.some(p => p === m[1]),
      ),
    `uses an unknown placeholder; the placeholders are ${INPUT_PLACEHOLDERS.map(
      p => `{${p}}`,
    ).join(', ')}`,
  );

const schema = z.object({
  repository: z
    .string()
    .regex(
      /^[\w.-]+\/[\w.-]+$/,
      'expected owner/repository, e.g. servanda/servanda',
    ),
  host: z
    .string()
    .regex(
      /^(?:[\w-]+(?:\.[\w-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i,
      'expected a host name such as github.com',
    )
    .default('github.com'),
  workflow: z
    .custom<string | number>(
      v => typeof v === 'string' || typeof v === 'number',
      WORKFLOW_MESSAGE,
    )
    .transform(String)
    .refine(w => /^(?:\d+|[\w.-]+\.ya?ml)$/.test(w), WORKFLOW_MESSAGE),
  ref: z
    .string()
    .refine(isGitRefName, 'expected a branch or tag name, e.g. main or v1.9.0')
    .default('main'),
  inputs: z
    .record(z.string(), template)
    .superRefine((inputs, ctx) => {
      for (const id of Object.keys(inputs)) {
        if (!INPUT_ID.test(id)) {
          ctx.addIssue({
            code: 'custom',
            path: [id],
            message:
              'expected a workflow input id (a letter or _, then letters, digits, - and _)',
          });
        }
      }
    })
    .refine(
      inputs => Object.keys(inputs).length <= MAX_INPUTS,
      `expected at most ${MAX_INPUTS} inputs (GitHub's limit)`,
    )
    .default({}),
  versions: z.enum(['releases', 'tags']).default('releases'),
});

/**
 * Reads a `github-actions` strategy block (`rollback.githubActions` of an environment, or of a
 * workload's override) with messages that name its keys, never a value.
 *
 * @remarks
 * A team-owned block may set only `repository`, `host`, `workflow`, `ref`, `inputs` and
 * `versions`: the token always comes from the portal's `integrations.github` entry of the host.
 * Input values are templates; one that looks like a GitHub token or private key is refused, as
 * is an unknown placeholder.
 *
 * @param options - the block, how messages name it and who owns it
 */
export function readGithubActionsConfig(options: {
  strategyConfig: Config;
  strategyKeyPrefix: string;
  owner: 'platform' | 'team';
}): GithubActionsConfig {
  const { strategyConfig, strategyKeyPrefix, owner } = options;
  if (owner === 'team') {
    const dot = strategyKeyPrefix.lastIndexOf('.');
    const leaf = strategyKeyPrefix.slice(dot + 1) || 'githubActions';
    refuseTeamOwnedKeys({
      config: new ConfigReader({ [leaf]: strategyConfig.getOptional() }),
      key: leaf,
      keyPrefix: dot > 0 ? strategyKeyPrefix.slice(0, dot) : '',
      allowed: TEAM_KEYS,
      reason: `not allowed in a team's policy file, which may name only ${TEAM_KEYS.join(
        ', ',
      )} (credentials and API addresses come from the portal's integrations.github)`,
    });
  }
  const parsed = readConfigWithSchema(
    strategyConfig,
    '',
    schema,
    strategyKeyPrefix,
  );
  const [repoOwner, repo] = parsed.repository.split('/');
  return { ...parsed, owner: repoOwner, repo };
}
