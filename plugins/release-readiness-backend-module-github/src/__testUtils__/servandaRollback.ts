import { ConfigReader } from '@backstage/config';
import type { Workload } from '@release-readiness/plugin-release-readiness-common';
import type { RollbackStrategy } from '@release-readiness/plugin-release-readiness-node';
import { mockServices } from '@backstage/backend-test-utils';
import { createGithubActionsRollbackStrategyFactory } from '../rollback/createGithubActionsRollbackStrategyFactory';
import type {
  GithubActionsTestServerOptions,
  TestWorkflow,
} from '../testing/types';

/** The token the test server accepts; it must never show up in an answer or error. */
export const TOKEN = 'ghp_canaryTokenThatMustNotLeak0000000000';

/** Servanda's deploy workflow: version and environment (a choice) required. */
export const DEPLOY: TestWorkflow = {
  id: 161335,
  path: '.github/workflows/deploy.yml',
  name: 'Deploy',
  dispatchInputs: {
    version: { required: true },
    environment: {
      required: true,
      type: 'choice',
      options: ['dev', 'stage', 'prod'],
    },
    requested_by: {},
  },
};

/** The test server's repository, as GitHub lists its releases: newest first by date. */
export function servandaRepository(
  overrides: Partial<GithubActionsTestServerOptions> = {},
): GithubActionsTestServerOptions {
  return {
    token: TOKEN,
    repository: 'servanda/servanda',
    workflows: [DEPLOY],
    refs: ['main'],
    releases: [
      { tag: 'v2.0.0', draft: true },
      { tag: 'v1.9.0-rc.1', prerelease: true },
      { tag: 'v1.7.3' }, // a hotfix published after 1.8.0
      { tag: 'v1.8.0' },
      { tag: 'v1.7.2' },
      { tag: 'nightly' },
      { tag: 'v1.7.1' },
    ],
    runs: { queued: 1, inProgress: 1, hiddenForListCalls: 1 },
    ...overrides,
  };
}

/** The Deployment as the workload source reports it, running `version` (null: none known). */
export function servandaApi(version: string | null = '1.8.0'): Workload {
  const tag = version ?? 'latest';
  return {
    kind: 'Deployment',
    name: 'servanda-api',
    namespace: 'servanda-prod',
    images: [
      {
        container: 'api',
        image: `ghcr.io/servanda/api:${tag}`,
        tag,
        ...(version && { version }),
      },
    ],
    ...(version && { version }),
    rolloutStatus: 'complete',
    restarts: 0,
    managedBy: { tool: 'helm', name: 'servanda' },
    findings: [],
  };
}

/** The strategy for `prod`, made by the factory as the backend makes it, against `apiUrl`. */
export async function prodStrategy(
  apiUrl: string,
  block: object = {},
  options: { token?: string; attempts?: number } = {},
): Promise<RollbackStrategy> {
  const factory = createGithubActionsRollbackStrategyFactory({
    config: new ConfigReader({
      integrations: {
        github: [
          {
            host: 'ghe.servanda.test',
            apiBaseUrl: apiUrl,
            token: options.token ?? TOKEN,
          },
        ],
      },
    }),
    runLookup: { attempts: options.attempts ?? 4, delayMs: 10 },
  });
  const githubActions = {
    repository: 'servanda/servanda',
    host: 'ghe.servanda.test',
    workflow: 'deploy.yml',
    ref: 'main',
    inputs: {
      version: '{version}',
      environment: '{environment}',
      requested_by: '{actor}',
    },
    ...block,
  };
  return factory.create({
    environment: 'prod',
    system: 'servanda',
    keyPrefix: 'environments.prod',
    owner: 'platform',
    config: new ConfigReader({ rollback: { githubActions } }),
    logger: mockServices.logger.mock(),
    strategyConfig: new ConfigReader(githubActions),
    strategyKeyPrefix: 'environments.prod.rollback.githubActions',
  });
}

/** Call options with a live signal. */
export function call() {
  return { signal: new AbortController().signal };
}
