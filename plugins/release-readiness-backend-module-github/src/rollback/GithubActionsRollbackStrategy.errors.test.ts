import type { RollbackPlan } from '@release-readiness/plugin-release-readiness-node';
import {
  call,
  DEPLOY,
  prodStrategy,
  servandaApi,
  servandaRepository,
  TOKEN,
} from '../__testUtils__/servandaRollback';
import { GithubActionsTestServer } from '../testing';

type ReadyPlan = Extract<RollbackPlan, { kind: 'ready' }>;
type StrategyError = Error & { type?: string; retryAfterMs?: number };
const KEY = 'environments.prod.rollback.githubActions';

/**
 * A plan as `plan` makes it for 1.8.0 → 1.7.3 on `workflow` and `ref` (made by hand: some of
 * these servers refuse every call).
 */
const planFor = (workflow = 'deploy.yml', ref = 'main'): ReadyPlan => ({
  kind: 'ready',
  from: { revision: 4, current: true, version: '1.8.0', images: [] },
  to: { revision: 3, current: false, version: '1.7.3', images: [] },
  diff: {
    from: { revision: 4, version: '1.8.0' },
    to: { revision: 3, version: '1.7.3' },
    changes: [],
  },
  precondition: {
    repository: 'servanda/servanda',
    workflow,
    ref,
    fromVersion: '1.8.0',
    toVersion: '1.7.3',
    toTag: 'v1.7.3',
  },
});
const PLAN = planFor();

describe('GithubActionsRollbackStrategy failures', () => {
  let server: GithubActionsTestServer;

  afterEach(() => server?.close());

  async function start(
    overrides: Parameters<typeof servandaRepository>[0] = {},
  ) {
    server = await GithubActionsTestServer.start(servandaRepository(overrides));
  }

  function run(
    strategy: Awaited<ReturnType<typeof prodStrategy>>,
    options: {
      dryRun?: boolean;
      signal?: AbortSignal;
      version?: string;
      plan?: ReadyPlan;
    } = {},
  ) {
    return strategy.execute(
      servandaApi(options.version ?? '1.8.0'),
      options.plan ?? PLAN,
      {
        signal: options.signal ?? new AbortController().signal,
        dryRun: options.dryRun ?? false,
        reason: 'error rate above 5 %',
        actor: 'user:default/oncall',
      },
    );
  }

  /** The error a call failed with; a call that succeeds fails the test. */
  function failure(promise: Promise<unknown>): Promise<StrategyError> {
    return promise.then(
      value => {
        throw new Error(`expected a failure, got ${JSON.stringify(value)}`);
      },
      (e: StrategyError) => e,
    );
  }

  it.each([false, true])(
    'names a workflow GitHub does not know, dispatching nothing (dry run: %s)',
    async dryRun => {
      await start();
      const strategy = await prodStrategy(server.url, {
        workflow: 'rollback.yml',
      });
      const error = await failure(
        run(strategy, {
          dryRun,
          plan: planFor('rollback.yml'),
        }),
      );
      expect(error).toMatchObject({
        name: 'SourceUnavailableError',
        type: 'NOT_FOUND',
        message: `GitHub does not know the workflow rollback.yml of servanda/servanda (${KEY}.workflow) (HTTP 404)`,
      });
      expect(server.requestsTo('POST', '/dispatches')).toEqual([]);
    },
  );

  it('refuses a disabled workflow before dispatching', async () => {
    await start({ workflows: [{ ...DEPLOY, state: 'disabled_manually' }] });
    const error = await failure(run(await prodStrategy(server.url)));
    expect(error).toMatchObject({
      name: 'SourceUnavailableError',
      type: 'NOT_CONFIGURED',
      message: `The workflow deploy.yml of servanda/servanda is disabled manually; enable it in GitHub to roll back through it (${KEY}.workflow)`,
    });
    expect(server.requestsTo('POST', '/dispatches')).toEqual([]);
  });

  it('reports bad credentials (401) without the token and dispatches nothing', async () => {
    await start();
    const wrong = 'ghp_wrongTokenThatMustNotLeak00000000000';
    const strategy = await prodStrategy(server.url, {}, { token: wrong });
    const planError = await failure(strategy.plan(servandaApi(), call()));
    const executeError = await failure(run(strategy));
    for (const error of [planError, executeError]) {
      expect(error).toMatchObject({
        name: 'SourceUnavailableError',
        type: 'UNAUTHORIZED',
      });
      expect(error.message).toContain('(HTTP 401)');
      expect(error.message).not.toContain('Bad credentials');
      const text = JSON.stringify({ m: error.message, s: error.stack });
      expect(text).not.toContain(wrong);
      expect(text).not.toContain(TOKEN);
    }
    expect(server.requestsTo('POST', '/dispatches')).toEqual([]);
  });

  it.each([
    [
      'an input the workflow does not declare',
      {
        inputs: { version: '{version}', environment: 'prod', cluster: 'eu-1' },
      },
      `the workflow declares no input 'cluster' (${KEY}.inputs.cluster)`,
    ],
    [
      'a required input the block does not set',
      { inputs: { version: '{version}' } },
      `the workflow requires the input 'environment', which ${KEY}.inputs does not set`,
    ],
    [
      'a value outside a choice input',
      { inputs: { version: '{version}', environment: 'production' } },
      `'production' is not one of the options of the input 'environment' (${KEY}.inputs.environment)`,
    ],
    [
      'a ref that does not exist',
      { ref: 'release/9.9' },
      `the ref 'release/9.9' (${KEY}.ref) does not exist`,
    ],
  ])('turns a 422 for %s into our words', async (_name, block, expected) => {
    await start();
    const error = await failure(
      run(await prodStrategy(server.url, block), {
        plan: planFor('deploy.yml', 'ref' in block ? block.ref : 'main'),
      }),
    );
    expect(error).toMatchObject({
      name: 'SourceUnavailableError',
      type: 'NOT_CONFIGURED',
    });
    expect(error.message).toContain(
      'GitHub refused to dispatch deploy.yml of servanda/servanda',
    );
    expect(error.message).toContain('(HTTP 422)');
    expect(error.message).toContain(expected);
    // GitHub's own wording is read, never passed on
    expect(error.message).not.toMatch(
      /Unexpected inputs|not provided|list of allowed values|No ref found/,
    );
    expect(server.runs).toEqual([]);
  });

  it('dry run names a ref that does not exist', async () => {
    await start();
    const error = await failure(
      run(await prodStrategy(server.url, { ref: 'release/9.9' }), {
        dryRun: true,
        plan: planFor('deploy.yml', 'release/9.9'),
      }),
    );
    expect(error).toMatchObject({
      type: 'NOT_FOUND',
      message: `GitHub does not know the ref 'release/9.9' of servanda/servanda (${KEY}.ref) (HTTP 422)`,
    });
    expect(server.requests.filter(r => r.method !== 'GET')).toEqual([]);
  });

  it('refuses a plan the workload has moved away from (409), dispatching nothing', async () => {
    await start();
    const error = await failure(
      run(await prodStrategy(server.url), {
        version: '1.9.0-rc.1',
      }),
    );
    expect(error).toMatchObject({
      name: 'ConflictError',
      message:
        'Deployment servanda-api runs 1.9.0-rc.1 now, not 1.8.0 as planned: look again',
    });
    expect(server.requests).toEqual([]);
  });

  it('honours the rate limit (403, x-ratelimit-remaining: 0)', async () => {
    await start({ rateLimitRemaining: 0 });
    const error = await failure(run(await prodStrategy(server.url)));
    expect(error).toMatchObject({ type: 'RATE_LIMITED' });
    // x-ratelimit-reset is an hour away: clamped to 15 min
    expect(error.retryAfterMs).toBe(900_000);
    expect(server.requestsTo('POST', '/dispatches')).toEqual([]);
  });

  it('says so when the dispatched run never shows, and does not call that a success', async () => {
    await start({
      supportsRunDetails: false,
      runs: { hiddenForListCalls: 100 },
    });
    const strategy = await prodStrategy(server.url, {}, { attempts: 3 });
    const execution = await strategy.execute(servandaApi(), PLAN, {
      ...call(),
      dryRun: false,
      reason: 'r',
      actor: 'user:default/oncall',
    });
    expect(execution).toMatchObject({ outcome: 'written' });
    expect(execution.run).toBeUndefined();
    expect(execution.message).toContain('but no new run appeared in 3 looks');
    expect(server.dispatches).toHaveLength(1);
    // one look before the dispatch and three after
    expect(server.requestsTo('GET', '/runs')).toHaveLength(4);
    expect(await strategy.progress!(execution, call())).toMatchObject({
      done: true,
      succeeded: false,
      message: expect.stringContaining('its conclusion is unknown'),
    });
  });

  describe('abort', () => {
    it('cancels a call in flight and dispatches nothing when aborted before the dispatch', async () => {
      await start();
      server.stall(r => r.path.endsWith('/actions/workflows/deploy.yml'));
      const strategy = await prodStrategy(server.url);
      const controller = new AbortController();
      const pending = failure(run(strategy, { signal: controller.signal }));
      await until(() => server.requests.length === 1);
      controller.abort();
      const error = await pending;
      expect(error.name).toBe('AbortError');
      await server.requests[0].aborted; // the request was really cancelled
      expect(server.requestsTo('POST', '/dispatches')).toEqual([]);
    });

    it('keeps a dispatch that happened as written when aborted while looking for its run', async () => {
      await start({ supportsRunDetails: false });
      server.stall(
        r => r.path.endsWith('/runs') && server.dispatches.length > 0,
      );
      const strategy = await prodStrategy(server.url);
      const controller = new AbortController();
      const pending = run(strategy, { signal: controller.signal });
      await until(
        () =>
          server.dispatches.length === 1 &&
          server.requestsTo('GET', '/runs').length === 2,
      );
      controller.abort();
      const execution = await pending;
      expect(execution).toMatchObject({
        outcome: 'written',
        message: expect.stringContaining(
          'stopped looking for its run (the call was aborted)',
        ),
      });
      await server.requestsTo('GET', '/runs')[1].aborted;
    });

    it('cancels following a run', async () => {
      await start();
      const strategy = await prodStrategy(server.url);
      const execution = await strategy.execute(servandaApi(), PLAN, {
        ...call(),
        dryRun: false,
        reason: 'r',
        actor: 'user:default/oncall',
      });
      server.stall(r => /\/actions\/runs\/\d+$/.test(r.path));
      const controller = new AbortController();
      const pending = strategy.progress!(execution, {
        signal: controller.signal,
      }).catch((e: Error) => e);
      await until(
        () =>
          server.requestsTo('GET', `/runs/${execution.run?.id}`).length === 1,
      );
      controller.abort();
      expect(await pending).toMatchObject({ name: 'AbortError' });
      await server.requestsTo('GET', `/runs/${execution.run?.id}`)[0].aborted;
    });
  });
});

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !condition(); i++) {
    await new Promise(resolve => setTimeout(resolve, 5));
  }
  if (!condition()) {
    throw new Error('condition not met in 2 s');
  }
}
