import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  DefaultGithubCredentialsProvider,
  ScmIntegrations,
} from '@backstage/integration';
import {
  GateSourceFactory,
  readConfigWithSchema,
  refuseTeamOwnedKeys,
} from '@release-readiness/plugin-release-readiness-node';
import { z } from 'zod';
import { GithubGateSource } from './GithubGateSource';
import { isGitRefName } from './isGitRefName';

const repository = z
  .string()
  .regex(
    /^[\w.-]+\/[\w.-]+$/,
    'expected owner/repository, e.g. servanda/servanda',
  );

/**
 * A host name or bracketed IPv6 address with an optional port, as `integrations.github` names
 * hosts: no scheme, path or user info, so a message may quote it.
 */
const host = z
  .string()
  .regex(
    /^(?:[\w-]+(?:\.[\w-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i,
    'expected a host name such as github.com',
  )
  .default('github.com');

const platformSchema = z.object({
  repository,
  host,
  ref: z.string().min(1).default('main'),
});

/** A team's policy file: the same keys, and a ref must be a git ref name. */
const teamSchema = platformSchema.extend({
  ref: z
    .string()
    .refine(
      isGitRefName,
      'expected a branch, tag or commit name, e.g. main or v1.9.0',
    )
    .default('main'),
});

/** The keys a team's policy file may set in `gates.github`. */
const TEAM_KEYS = ['repository', 'host', 'ref'] as const;

/**
 * The `github` gate source: picked by `gates.source: github` in an environment's block,
 * configured by `gates.github` (`repository`, `host`, `ref`). Credentials come from Backstage's
 * `integrations.github` entry for the host (a token or a GitHub App); the backend refuses to
 * start when there is none.
 *
 * @remarks
 * A team-owned block (`owner: 'team'`, from a team's policy file) may name a repository, a host
 * that `integrations.github` configures and a ref (a git ref name); any other key (a token, an
 * API address, …) is refused with a message naming the key. Configuration errors name keys as
 * `<keyPrefix>.gates.github.<key>` and never quote a value that could carry a credential.
 * Source keys are the repository and ref (`github:<host>/<owner>/<repo>@<ref>`), not the
 * environment: environments of every system that check the same ref share one cached result.
 */
export function createGithubGateSourceFactory(options: {
  config: Config;
  now?: () => number;
}): GateSourceFactory {
  let integrations: ScmIntegrations | undefined;
  let credentials: DefaultGithubCredentialsProvider | undefined;
  return {
    type: 'github',
    create({ environment, config, keyPrefix, owner: blockOwner }) {
      if (blockOwner === 'team') {
        refuseTeamOwnedKeys({
          config,
          key: 'gates.github',
          keyPrefix,
          allowed: TEAM_KEYS,
          reason: `not allowed in a team's policy file, which may name only ${TEAM_KEYS.join(
            ', ',
          )} (credentials and API addresses come from the portal's integrations.github)`,
        });
      }
      const parsed = readConfigWithSchema(
        config,
        'gates.github',
        blockOwner === 'team' ? teamSchema : platformSchema,
        keyPrefix,
      );
      integrations ??= ScmIntegrations.fromConfig(options.config);
      credentials ??=
        DefaultGithubCredentialsProvider.fromIntegrations(integrations);
      const integration = integrations.github.byHost(parsed.host);
      if (!integration) {
        throw new InputError(
          `Invalid configuration at '${keyPrefix}.gates.github.host': there is no integrations.github entry for '${parsed.host}'`,
        );
      }
      const [owner, repo] = parsed.repository.split('/');
      // An app installation has its own rate limit per owner; a token has one per host (an
      // integration holds one token). Only ids, never a key or token.
      const appIds = (integration.config.apps ?? [])
        .map(a => a.appId)
        .sort((a, b) => a - b);
      const credentialIdentity =
        appIds.length > 0
          ? `apps:${appIds.join(',')}:${owner.toLocaleLowerCase('en-US')}`
          : undefined;
      return new GithubGateSource({
        environment,
        host: parsed.host,
        apiBaseUrl: integration.config.apiBaseUrl ?? 'https://api.github.com',
        owner,
        repo,
        defaultRef: parsed.ref,
        credentials,
        ...(credentialIdentity && { credentialIdentity }),
        now: options.now,
      });
    },
  };
}
