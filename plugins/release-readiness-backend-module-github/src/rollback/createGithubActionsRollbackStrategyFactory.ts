import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  DefaultGithubCredentialsProvider,
  ScmIntegrations,
} from '@backstage/integration';
import type { RollbackStrategyFactory } from '@release-readiness/plugin-release-readiness-node';
import { GithubActionsRollbackStrategy } from './GithubActionsRollbackStrategy';
import { readGithubActionsConfig } from './readGithubActionsConfig';

/**
 * The `github-actions` rollback strategy factory: picked by `rollback.strategy: github-actions`
 * (or a workload's override), configured by `rollback.githubActions` (`repository`, `host`,
 * `workflow`, `ref`, `inputs`, `versions`). Credentials come from Backstage's
 * `integrations.github` entry for the host (a token or a GitHub App); the backend refuses to
 * start when there is none, or when the entry has neither (github.com's anonymous entry), naming
 * `<block>.host`.
 *
 * @remarks
 * A team-owned block may set only those keys (see `readGithubActionsConfig`); a token, an API
 * address or any other key is refused with a message naming the key, never its value.
 *
 * @param options - the root config (for `integrations.github`), and for tests the clock and the
 *   run-lookup schedule
 * @public
 */
export function createGithubActionsRollbackStrategyFactory(options: {
  config: Config;
  now?: () => number;
  runLookup?: { attempts: number; delayMs: number };
}): RollbackStrategyFactory {
  let integrations: ScmIntegrations | undefined;
  let credentials: DefaultGithubCredentialsProvider | undefined;
  return {
    type: 'github-actions',
    create({ environment, owner, strategyConfig, strategyKeyPrefix }) {
      const config = readGithubActionsConfig({
        strategyConfig,
        strategyKeyPrefix,
        owner,
      });
      integrations ??= ScmIntegrations.fromConfig(options.config);
      credentials ??=
        DefaultGithubCredentialsProvider.fromIntegrations(integrations);
      const integration = integrations.github.byHost(config.host);
      if (!integration) {
        throw new InputError(
          `Invalid configuration at '${strategyKeyPrefix}.host': there is no integrations.github entry for '${config.host}'`,
        );
      }
      if (!integration.config.token && !integration.config.apps?.length) {
        // github.com always has an anonymous entry, which can read but never dispatch
        throw new InputError(
          `Invalid configuration at '${strategyKeyPrefix}.host': the integrations.github entry for '${config.host}' has no token or GitHub App, and dispatching a workflow needs one`,
        );
      }
      return new GithubActionsRollbackStrategy({
        environment,
        config,
        keyPrefix: strategyKeyPrefix,
        apiBaseUrl: integration.config.apiBaseUrl ?? 'https://api.github.com',
        credentials,
        runLookup: options.runLookup,
        now: options.now,
      });
    },
  };
}
