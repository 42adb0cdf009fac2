import type { RollbackPlan } from '@release-readiness/plugin-release-readiness-node';
import {
  call,
  prodStrategy,
  servandaApi,
  servandaRepository,
  TOKEN,
} from '../__testUtils__/servandaRollback';
import { GithubActionsTestServer } from '../testing';

type ReadyPlan = Extract<RollbackPlan, { kind: 'ready' }>;

describe('GithubActionsRollbackStrategy', () => {
  let server: GithubActionsTestServer;

  afterEach(() => server?.close());

  async function start(
    overrides: Parameters<typeof servandaRepository>[0] = {},
  ) {
    server = await GithubActionsTestServer.start(servandaRepository(overrides));
    return server;
  }

  async function readyPlan(
    strategy: Awaited<ReturnType<typeof prodStrategy>>,
    version = '1.8.0',
    toRevision?: number,
  ): Promise<ReadyPlan> {
    const plan = await strategy.plan(servandaApi(version), {
      ...call(),
      toRevision,
    });
    if (plan.kind !== 'ready') {
      throw new Error(`expected a ready plan, got ${JSON.stringify(plan)}`);
    }
    return plan;
  }

  describe('revisions and plan', () => {
    it('lists the releases as revisions, newest version first, drafts and tags without a version left out', async () => {
      await start();
      const strategy = await prodStrategy(server.url);
      const revisions = await strategy.revisions(servandaApi('1.8.0'), call());
      expect(
        revisions.map(r => [r.revision, r.version, r.current, r.object]),
      ).toEqual([
        [5, '1.9.0-rc.1', false, 'release v1.9.0-rc.1'],
        [4, '1.8.0', true, 'release v1.8.0'],
        [3, '1.7.3', false, 'release v1.7.3'],
        [2, '1.7.2', false, 'release v1.7.2'],
        [1, '1.7.1', false, 'release v1.7.1'],
      ]);
      // the running revision carries the workload's images; the pipeline decides the others'
      expect(revisions[1].images).toEqual([
        { container: 'api', image: 'ghcr.io/servanda/api:1.8.0' },
      ]);
      expect(revisions[2].images).toEqual([]);
      expect(revisions[2].createdAt).toMatch(/^2026-01-\d\dT00:00:00Z$/);
      expect(strategy.name).toBe(
        'github-actions:ghe.servanda.test/servanda/servanda/deploy.yml',
      );
      expect(
        server.requests.every(
          r => r.headers.authorization === `token ${TOKEN}`,
        ),
      ).toBe(true);
    });

    it('reads every page of releases', async () => {
      const releases = Array.from({ length: 150 }, (_, i) => ({
        tag: `v1.0.${149 - i}`,
      }));
      await start({ releases });
      const strategy = await prodStrategy(server.url);
      const revisions = await strategy.revisions(servandaApi('1.0.3'), call());
      expect(revisions).toHaveLength(150);
      expect(revisions[0]).toMatchObject({ revision: 150, version: '1.0.149' });
      expect(revisions.find(r => r.current)).toMatchObject({
        revision: 4,
        version: '1.0.3',
      });
      expect(
        server.requestsTo('GET', '/releases').map(r => r.query.get('page')),
      ).toEqual([null, '2']);
    });

    it('reads tags instead when versions: tags', async () => {
      await start({ tags: ['v1.8.1', 'latest', 'v1.8.0', '1.8.0', 'v1.6.0'] });
      const strategy = await prodStrategy(server.url, { versions: 'tags' });
      const revisions = await strategy.revisions(servandaApi('1.8.0'), call());
      expect(revisions.map(r => [r.revision, r.version, r.object])).toEqual([
        [3, '1.8.1', 'tag v1.8.1'],
        [2, '1.8.0', 'tag v1.8.0'],
        [1, '1.6.0', 'tag v1.6.0'],
      ]);
      expect(server.requestsTo('GET', '/tags')).toHaveLength(1);
      expect(server.requestsTo('GET', '/releases')).toHaveLength(0);
    });

    it('plans the newest older release, skipping prereleases, by version not by date', async () => {
      await start();
      const strategy = await prodStrategy(server.url);
      const plan = await readyPlan(strategy, '1.8.0');
      expect(plan.from).toMatchObject({ revision: 4, version: '1.8.0' });
      expect(plan.to).toMatchObject({ revision: 3, version: '1.7.3' });
      expect(plan.diff).toEqual({
        from: { revision: 4, version: '1.8.0' },
        to: { revision: 3, version: '1.7.3' },
        changes: [],
      });
      expect(plan.precondition).toEqual({
        repository: 'servanda/servanda',
        workflow: 'deploy.yml',
        ref: 'main',
        fromVersion: '1.8.0',
        toVersion: '1.7.3',
        toTag: 'v1.7.3',
      });
      // from a prerelease, the release below it
      expect((await readyPlan(strategy, '1.9.0-rc.1')).to.version).toBe(
        '1.8.0',
      );
      // a chosen revision
      expect((await readyPlan(strategy, '1.8.0', 2)).to.version).toBe('1.7.2');
    });

    it('never picks a prerelease as the default target, but lets one be chosen', async () => {
      await start({
        releases: [
          { tag: 'v1.8.0' },
          { tag: 'v1.7.5', prerelease: true }, // flagged in GitHub
          { tag: 'v1.8.0-rc.2' }, // a prerelease by its version
          { tag: 'v1.7.0' },
        ],
      });
      const strategy = await prodStrategy(server.url);
      const revisions = await strategy.revisions(servandaApi('1.8.0'), call());
      expect(revisions.map(r => [r.revision, r.version])).toEqual([
        [4, '1.8.0'],
        [3, '1.8.0-rc.2'],
        [2, '1.7.5'],
        [1, '1.7.0'],
      ]);
      expect((await readyPlan(strategy, '1.8.0')).to.version).toBe('1.7.0');
      expect((await readyPlan(strategy, '1.8.0', 2)).to.version).toBe('1.7.5');
    });

    it('skips a rollback to the running version and refuses what it cannot do', async () => {
      await start();
      const strategy = await prodStrategy(server.url);
      const plan = (version: string | null, toRevision?: number) =>
        strategy.plan(servandaApi(version), { ...call(), toRevision });
      expect(await plan('1.8.0', 4)).toMatchObject({
        kind: 'skipped',
        from: { revision: 4, version: '1.8.0' },
        to: { revision: 4, version: '1.8.0' },
        message:
          'skipped rollback (Deployment servanda-api already runs 1.8.0, revision 4)',
      });
      expect(await plan('1.8.0', 9)).toEqual({
        kind: 'refused',
        reason: 'bad-request',
        message:
          'revision 9 does not exist for Deployment servanda-api; the releases of servanda/servanda are 5 (1.9.0-rc.1), 4 (1.8.0), 3 (1.7.3), 2 (1.7.2), 1 (1.7.1)',
      });
      expect(await plan('1.7.1')).toMatchObject({
        kind: 'refused',
        reason: 'refused',
        message: expect.stringContaining(
          'no release of servanda/servanda is older than 1.7.1 (revision 1)',
        ),
      });
      expect(await plan('1.6.9')).toMatchObject({
        kind: 'refused',
        reason: 'refused',
        message:
          'Deployment servanda-api runs 1.6.9, which is not a release of servanda/servanda; the github-actions strategy redeploys releases',
      });
      expect(await plan(null)).toMatchObject({
        kind: 'refused',
        reason: 'refused',
        message: expect.stringContaining(
          'Deployment servanda-api runs no known version',
        ),
      });
      expect(server.requestsTo('POST', '/dispatches')).toHaveLength(0);
    });
  });

  describe('execute and progress', () => {
    it('dispatches the workflow with the templated inputs and follows the run to success', async () => {
      await start({ runs: { queued: 1, inProgress: 2 } });
      const strategy = await prodStrategy(server.url);
      const plan = await readyPlan(strategy);
      const execution = await strategy.execute(servandaApi(), plan, {
        ...call(),
        dryRun: false,
        reason: 'error rate above 5 % after 1.8.0',
        actor: 'user:default/oncall',
      });
      expect(server.dispatches).toEqual([
        {
          workflowId: 161335,
          ref: 'main',
          inputs: {
            version: '1.7.3',
            environment: 'prod',
            requested_by: 'user:default/oncall',
          },
        },
      ]);
      const [run] = server.runs;
      expect(execution).toEqual({
        outcome: 'written',
        message: `Dispatched deploy.yml of servanda/servanda on main with version=1.7.3, environment=prod, requested_by=user:default/oncall to roll Deployment servanda-api back from 1.8.0 to 1.7.3: run ${run.id}`,
        diff: plan.diff,
        run: {
          id: String(run.id),
          url: `https://github.com/servanda/servanda/actions/runs/${run.id}`,
        },
      });
      expect(server.requestsTo('POST', '/dispatches')[0].body).toEqual({
        ref: 'main',
        inputs: {
          version: '1.7.3',
          environment: 'prod',
          requested_by: 'user:default/oncall',
        },
        return_run_details: true,
      });

      const looks = [];
      for (let i = 0; i < 4; i++) {
        looks.push(await strategy.progress!(execution, call()));
      }
      expect(looks.map(l => [l.done, l.succeeded, l.message])).toEqual([
        [
          false,
          false,
          `Run ${run.id} of deploy.yml of servanda/servanda is queued: ${execution.run?.url}`,
        ],
        [
          false,
          false,
          `Run ${run.id} of deploy.yml of servanda/servanda is in progress: ${execution.run?.url}`,
        ],
        [
          false,
          false,
          `Run ${run.id} of deploy.yml of servanda/servanda is in progress: ${execution.run?.url}`,
        ],
        [
          true,
          true,
          `Run ${run.id} of deploy.yml of servanda/servanda succeeded: ${execution.run?.url}`,
        ],
      ]);
      expect(looks[3].run).toEqual({ ...execution.run, conclusion: 'success' });
    });

    it('reports a failed run with its conclusion and link', async () => {
      await start({
        runs: { queued: 0, inProgress: 0, conclusion: 'failure' },
      });
      const strategy = await prodStrategy(server.url);
      const execution = await strategy.execute(
        servandaApi(),
        await readyPlan(strategy),
        { ...call(), dryRun: false, reason: 'r', actor: 'user:default/oncall' },
      );
      const progress = await strategy.progress!(execution, call());
      const url = `https://github.com/servanda/servanda/actions/runs/${server.runs[0].id}`;
      expect(progress).toEqual({
        done: true,
        succeeded: false,
        message: `Run ${server.runs[0].id} of deploy.yml of servanda/servanda concluded failure: ${url}`,
        run: { id: String(server.runs[0].id), url, conclusion: 'failure' },
      });
    });

    it('on a server without return_run_details, dispatches again without it and finds the run that appears late', async () => {
      await start({
        supportsRunDetails: false,
        runs: { hiddenForListCalls: 2 },
      });
      // someone else's run of the same workflow, a minute before ours
      const other = server.addRun({
        workflowId: 161335,
        ref: 'main',
        createdAt: new Date(Date.now() - 60_000),
      });
      const strategy = await prodStrategy(server.url);
      const execution = await strategy.execute(
        servandaApi(),
        await readyPlan(strategy),
        { ...call(), dryRun: false, reason: 'r', actor: 'user:default/oncall' },
      );
      const dispatches = server.requestsTo('POST', '/dispatches');
      expect(dispatches.map(d => d.body)).toEqual([
        expect.objectContaining({ return_run_details: true }),
        expect.not.objectContaining({ return_run_details: expect.anything() }),
      ]);
      expect(server.dispatches).toHaveLength(1);
      const ours = server.runs.find(r => r.id !== other.id);
      expect(execution.run?.id).toBe(String(ours?.id));
      const lists = server.requestsTo('GET', '/deploy.yml/runs');
      // one look before the dispatch, then until the run shows (hidden for 2 list calls)
      expect(lists).toHaveLength(4);
      expect(lists[1].query.get('event')).toBe('workflow_dispatch');
      expect(lists[1].query.get('created')).toMatch(
        /^>=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/,
      );
    });

    it('does not guess when two new runs appear at once', async () => {
      await start({
        supportsRunDetails: false,
        runs: { hiddenForListCalls: 0 },
      });
      const strategy = await prodStrategy(server.url);
      const plan = await readyPlan(strategy);
      // someone else dispatches the same workflow on the same ref at the same moment
      server.onAnswered((req, status) => {
        if (req.path.endsWith('/dispatches') && status === 204) {
          server.addRun({ workflowId: 161335, ref: 'main' });
        }
      });
      const execution = await strategy.execute(servandaApi(), plan, {
        ...call(),
        dryRun: false,
        reason: 'r',
        actor: 'user:default/oncall',
      });
      expect(execution.outcome).toBe('written');
      expect(execution.run).toBeUndefined();
      expect(execution.message).toContain(
        'but 2 runs of it started at the same time',
      );
      expect(await strategy.progress!(execution, call())).toMatchObject({
        done: true,
        succeeded: false,
      });
    });

    it('dry run checks the workflow and the ref and dispatches nothing', async () => {
      await start();
      const strategy = await prodStrategy(server.url);
      const plan = await readyPlan(strategy);
      const execution = await strategy.execute(servandaApi(), plan, {
        ...call(),
        dryRun: true,
        reason: 'r',
        actor: 'user:default/oncall',
      });
      expect(execution).toEqual({
        outcome: 'dry-run',
        message:
          'Dry run: would dispatch deploy.yml of servanda/servanda on main with version=1.7.3, environment=prod, requested_by=user:default/oncall to roll Deployment servanda-api back from 1.8.0 to 1.7.3; the workflow and the ref exist, nothing was dispatched',
        diff: plan.diff,
      });
      expect(
        server.requestsTo('GET', '/actions/workflows/deploy.yml'),
      ).toHaveLength(1);
      expect(server.requestsTo('GET', '/commits/main')).toHaveLength(1);
      expect(server.requests.filter(r => r.method !== 'GET')).toEqual([]);
      expect(server.runs).toEqual([]);
    });
  });
});
