import { readyPlan as ready } from './__testUtils__/readyPlan';
import {
  apiTemplate,
  deploymentFixtures,
  NAMESPACE,
} from './__testUtils__/rollbackFixtures';
import { TOKEN } from './__testUtils__/startRollbackCluster';
import { useDeploymentCluster } from './__testUtils__/useDeploymentCluster';

const DEPLOYMENT = `/apis/apps/v1/namespaces/${NAMESPACE}/deployments/api`;
const call = () => ({ signal: new AbortController().signal });
const as = { actor: 'user:default/ona', reason: 'bad release' };

describe('the kubernetes rollback strategy: Deployments', () => {
  const cluster = useDeploymentCluster();
  const { start, api, stored, image } = cluster;

  it('lists its own ReplicaSets newest first, never another owner’s or an unowned one, with namespace-scoped reads only', async () => {
    await start();
    const revisions = await cluster.strategy.revisions(api(), call());
    expect(revisions.map(r => [r.revision, r.current, r.version])).toEqual([
      [4, true, '1.4.0'],
      [2, false, '1.2.0'],
      [1, false, '1.1.0'],
    ]);
    expect(revisions[1]).toEqual({
      revision: 2,
      current: false,
      version: '1.2.0',
      images: [
        { container: 'api', image: 'shop/api:1.2.0' },
        { container: 'proxy', image: 'envoyproxy/envoy:v1.30.1' },
      ],
      createdAt: '2025-02-10T10:00:00Z',
      object: 'ReplicaSet/api-b2',
      changeCause: 'deploy shop/api:1.2.0',
    });
    expect(cluster.server.requests.map(r => `${r.method} ${r.path}`)).toEqual([
      `GET ${DEPLOYMENT}`,
      `GET /apis/apps/v1/namespaces/${NAMESPACE}/replicasets`,
    ]);
    expect(cluster.server.requests[1].query).toEqual({ limit: '500' });
    expect(
      cluster.server.requests.every(r => r.authorization === `Bearer ${TOKEN}`),
    ).toBe(true);
  });

  it('plans the previous revision by default: the newest own one below the current, with the image diff, writing nothing', async () => {
    await start();
    const plan = ready(await cluster.strategy.plan(api(), call()));
    expect(plan.from).toMatchObject({
      revision: 4,
      version: '1.4.0',
      current: true,
    });
    expect(plan.to).toMatchObject({
      revision: 2,
      version: '1.2.0',
      object: 'ReplicaSet/api-b2',
    });
    expect(plan.diff).toEqual({
      from: { revision: 4, version: '1.4.0' },
      to: { revision: 2, version: '1.2.0' },
      changes: [
        { container: 'api', from: 'shop/api:1.4.0', to: 'shop/api:1.2.0' },
      ],
    });
    expect(plan.precondition).toMatchObject({
      resourceVersion: '100',
      toRevision: 2,
    });
    expect(cluster.server.writes).toEqual([]);
  });

  it('plans a chosen revision, and refuses one it does not own as a bad request naming its revisions', async () => {
    await start();
    const chosen = ready(
      await cluster.strategy.plan(api(), { ...call(), toRevision: 1 }),
    );
    expect(chosen.to).toMatchObject({ revision: 1, version: '1.1.0' });
    expect(
      await cluster.strategy.plan(api(), { ...call(), toRevision: 3 }),
    ).toEqual({
      kind: 'refused',
      reason: 'bad-request',
      message: 'Deployment api has no revision 3 (its revisions: 4, 2, 1)',
    });
  });

  it('refuses a paused Deployment with kubectl’s message, and one without an earlier revision', async () => {
    await start();
    expect(
      await cluster.strategy.plan(
        cluster.target('Deployment', 'paused'),
        call(),
      ),
    ).toEqual({
      kind: 'refused',
      reason: 'refused',
      message:
        "you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume deployment/paused' and try again",
    });
    cluster.server.setObjects(
      deploymentFixtures().filter(o =>
        ['api', 'api-b4'].includes(o.metadata.name),
      ),
    );
    expect(await cluster.strategy.plan(api(), call())).toEqual({
      kind: 'refused',
      reason: 'refused',
      message: 'no rollout history found for deployment "api"',
    });
  });

  it('skips a target whose template is the current one, ignoring pod-template-hash', async () => {
    await start();
    expect(
      await cluster.strategy.plan(api(), { ...call(), toRevision: 4 }),
    ).toMatchObject({
      kind: 'skipped',
      message: 'skipped rollback (current template already matches revision 4)',
      to: { revision: 4 },
    });
  });

  it('writes one JSON patch: the resourceVersion precondition, the template without pod-template-hash, kubectl’s annotations and the change cause', async () => {
    await start();
    const plan = ready(await cluster.strategy.plan(api(), call()));
    const execution = await cluster.strategy.execute(api(), plan, {
      ...call(),
      dryRun: false,
      ...as,
    });
    expect(execution).toMatchObject({
      outcome: 'written',
      message:
        'Rolled Deployment api back to revision 2 (1.2.0); its controller now rolls it out as a new revision',
      diff: plan.diff,
    });
    const [write] = cluster.server.writes;
    expect(cluster.server.writes).toHaveLength(1);
    expect(write).toMatchObject({
      method: 'PATCH',
      path: DEPLOYMENT,
      contentType: 'application/json-patch+json',
      dryRun: false,
      status: 200,
    });
    expect(JSON.parse(write.body ?? '')).toEqual([
      { op: 'replace', path: '/metadata/resourceVersion', value: '100' },
      {
        op: 'replace',
        path: '/spec/template',
        value: apiTemplate('shop/api:1.2.0'),
      },
      {
        op: 'add',
        path: '/metadata/annotations',
        value: {
          'deployment.kubernetes.io/revision': '4',
          'kubectl.kubernetes.io/last-applied-configuration':
            '{"kind":"Deployment"}',
          'team.example/owner': 'shop',
          'kubernetes.io/change-cause':
            'rollback to revision 2 by user:default/ona: bad release',
        },
      },
    ]);
    expect(image()).toBe('shop/api:1.2.0');
    expect(JSON.stringify(execution)).not.toContain(TOKEN);
  });

  it('is rolled out by the controller as the next revision: the workload source sees it progressing, then complete', async () => {
    await start({ delayMs: 1500 });
    const plan = ready(await cluster.strategy.plan(api(), call()));
    await cluster.strategy.execute(api(), plan, {
      ...call(),
      dryRun: false,
      ...as,
    });
    const [during] = (
      await cluster.workloads.listWorkloads(call())
    ).items.filter(w => w.name === 'api');
    expect(during).toMatchObject({
      rolloutStatus: 'progressing',
      revision: '5',
    });
    await cluster.server.waitForRollouts();
    const [after] = (
      await cluster.workloads.listWorkloads(call())
    ).items.filter(w => w.name === 'api');
    expect(after).toMatchObject({
      rolloutStatus: 'complete',
      replicas: { desired: 2, ready: 2, updated: 2 },
    });
    const revisions = await cluster.strategy.revisions(api(), call());
    expect(revisions.map(r => [r.revision, r.current, r.object])).toEqual([
      [5, true, 'ReplicaSet/api-b2'],
      [4, false, 'ReplicaSet/api-b4'],
      [1, false, 'ReplicaSet/api-b1'],
    ]);
    expect(revisions[0].changeCause).toBe(
      'rollback to revision 2 by user:default/ona: bad release',
    );
  });

  it('reports a rollout that fails as the workload source sees it: failed, with kubectl’s message', async () => {
    await start({ outcome: 'fail' });
    const plan = ready(await cluster.strategy.plan(api(), call()));
    await cluster.strategy.execute(api(), plan, {
      ...call(),
      dryRun: false,
      ...as,
    });
    await cluster.server.waitForRollouts();
    const [workload] = (
      await cluster.workloads.listWorkloads(call())
    ).items.filter(w => w.name === 'api');
    expect(workload).toMatchObject({
      rolloutStatus: 'failed',
      rolloutMessage: 'deployment "api" exceeded its progress deadline',
    });
  });

  it('dry-runs on the server (dryRun=All): nothing written, the diff from the server’s answer', async () => {
    await start();
    const plan = ready(await cluster.strategy.plan(api(), call()));
    const execution = await cluster.strategy.execute(api(), plan, {
      ...call(),
      dryRun: true,
      ...as,
    });
    expect(execution).toEqual({
      outcome: 'dry-run',
      message:
        'Dry run: the API server accepted rolling Deployment api back to revision 2 (1.2.0); nothing was written',
      diff: {
        from: { revision: 4, version: '1.4.0' },
        to: { revision: 2, version: '1.2.0' },
        changes: [
          { container: 'api', from: 'shop/api:1.4.0', to: 'shop/api:1.2.0' },
        ],
      },
    });
    expect(
      cluster.server.writes.map(w => [w.query, w.dryRun, w.status]),
    ).toEqual([[{ dryRun: 'All' }, true, 200]]);
    expect(stored()?.metadata.resourceVersion).toBe('100');
    expect(image()).toBe('shop/api:1.4.0');
  });
});
