import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  DefaultGithubCredentialsProvider,
  ScmIntegrations,
} from '@backstage/integration';
import {
  GateSourceFactory,
  readConfigWithSchema,
} from '@internal/backstage-plugin-release-readiness-node';
import { z } from 'zod';
import { GithubGateSource } from './GithubGateSource';

const schema = z.object({
  repository: z
    .string()
    .regex(
      /^[\w.-]+\/[\w.-]+$/,
      'expected owner/repository, e.g. servanda/servanda',
    ),
  host: z.string().min(1).default('github.com'),
  ref: z.string().min(1).default('main'),
});

/**
 * The `github` gate source: picked by `releaseReadiness.environments.<env>.gates.source: github`,
 * configured by `gates.github` (`repository`, `host`, `ref`). Credentials come from Backstage's
 * `integrations.github` entry for the host (a token or a GitHub App); the backend refuses to
 * start when there is none.
 */
export function createGithubGateSourceFactory(options: {
  config: Config;
  now?: () => number;
}): GateSourceFactory {
  let integrations: ScmIntegrations | undefined;
  let credentials: DefaultGithubCredentialsProvider | undefined;
  return {
    type: 'github',
    create({ environment, config }) {
      const prefix = `releaseReadiness.environments.${environment}`;
      const parsed = readConfigWithSchema(
        config,
        'gates.github',
        schema,
        prefix,
      );
      integrations ??= ScmIntegrations.fromConfig(options.config);
      credentials ??=
        DefaultGithubCredentialsProvider.fromIntegrations(integrations);
      const integration = integrations.github.byHost(parsed.host);
      if (!integration) {
        throw new InputError(
          `Invalid configuration at '${prefix}.gates.github.host': there is no integrations.github entry for '${parsed.host}'`,
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
