import { ConflictError } from '@backstage/errors';
import { PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { readyPlan as ready } from './__testUtils__/readyPlan';
import { NAMESPACE, setFixtures } from './__testUtils__/rollbackFixtures';
import { useRollbackCluster } from './__testUtils__/useRollbackCluster';

const call = () => ({ signal: new AbortController().signal });
const as = { actor: 'user:default/ona', reason: 'db regression' };

describe('the kubernetes rollback strategy: StatefulSets and DaemonSets', () => {
  const cluster = useRollbackCluster(setFixtures);
  const { start } = cluster;
  const db = () => cluster.target('StatefulSet', 'db');
  const agent = () => cluster.target('DaemonSet', 'agent');
  const get = (kind: string, name: string) =>
    cluster.server.getObject({
      apiVersion: 'apps/v1',
      kind,
      namespace: NAMESPACE,
      name,
    });

  it('lists a StatefulSet’s own ControllerRevisions newest first, never another owner’s', async () => {
    await start();
    const revisions = await cluster.strategy.revisions(db(), call());
    expect(
      revisions.map(r => [r.revision, r.current, r.object, r.images[0].image]),
    ).toEqual([
      [3, true, 'ControllerRevision/db-c', 'postgres:16.4'],
      [2, false, 'ControllerRevision/db-b', 'postgres:16.3'],
      [1, false, 'ControllerRevision/db-a', 'postgres:16.2'],
    ]);
    expect(
      await cluster.strategy.plan(db(), { ...call(), toRevision: 5 }),
    ).toMatchObject({
      kind: 'refused',
      reason: 'bad-request',
      message: 'StatefulSet db has no revision 5 (its revisions: 3, 2, 1)',
    });
    expect(
      await cluster.strategy.plan(db(), { ...call(), toRevision: 3 }),
    ).toMatchObject({
      kind: 'skipped',
      message: 'skipped rollback (current template already matches revision 3)',
    });
  });

  it('restores the previous ControllerRevision with its data as a strategic merge patch, resourceVersion as the precondition', async () => {
    await start({ delayMs: 100 });
    const plan = ready(await cluster.strategy.plan(db(), call()));
    expect(plan.diff.changes).toEqual([
      { container: 'db', from: 'postgres:16.4', to: 'postgres:16.3' },
    ]);
    const execution = await cluster.strategy.execute(db(), plan, {
      ...call(),
      dryRun: false,
      ...as,
    });
    expect(execution.outcome).toBe('written');
    const [write] = cluster.server.writes;
    expect(cluster.server.writes).toHaveLength(1);
    expect(write).toMatchObject({
      path: `/apis/apps/v1/namespaces/${NAMESPACE}/statefulsets/db`,
      contentType: 'application/strategic-merge-patch+json',
      status: 200,
    });
    expect(JSON.parse(write.body ?? '')).toEqual({
      spec: {
        template: {
          metadata: { labels: { app: 'db' } },
          spec: { containers: [{ name: 'db', image: 'postgres:16.3' }] },
          $patch: 'replace',
        },
      },
      metadata: {
        resourceVersion: '300',
        annotations: {
          'kubernetes.io/change-cause':
            'rollback to revision 2 by user:default/ona: db regression',
        },
      },
    });
    expect(get('StatefulSet', 'db')?.spec).toMatchObject({
      template: {
        spec: { containers: [{ name: 'db', image: 'postgres:16.3' }] },
      },
    });
    expect(get('ControllerRevision', 'db-b')).toMatchObject({ revision: 4 });
    await cluster.server.waitForRollouts();
    const [workload] = (
      await cluster.workloads.listWorkloads(call())
    ).items.filter(w => w.name === 'db');
    expect(workload).toMatchObject({
      rolloutStatus: 'complete',
      revision: 'db-b',
    });
    const revisions = await cluster.strategy.revisions(db(), call());
    expect(revisions[0]).toMatchObject({
      revision: 4,
      current: true,
      object: 'ControllerRevision/db-b',
    });
  });

  it('refuses to overwrite a StatefulSet changed since the plan: 409, a ConflictError', async () => {
    await start();
    const plan = ready(await cluster.strategy.plan(db(), call()));
    await cluster.someone.patchNamespacedStatefulSet(
      { name: 'db', namespace: NAMESPACE, body: { spec: { replicas: 3 } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    await expect(
      cluster.strategy.execute(db(), plan, { ...call(), dryRun: false, ...as }),
    ).rejects.toThrow(ConflictError);
    expect(cluster.server.writes.at(-1)?.status).toBe(409);
    expect(get('StatefulSet', 'db')?.spec).toMatchObject({
      replicas: 3,
      template: { spec: { containers: [{ image: 'postgres:16.4' }] } },
    });
  });

  it('dry-runs a DaemonSet rollback on the server: nothing written, the diff', async () => {
    await start();
    const plan = ready(await cluster.strategy.plan(agent(), call()));
    const execution = await cluster.strategy.execute(agent(), plan, {
      ...call(),
      dryRun: true,
      ...as,
    });
    expect(execution).toMatchObject({
      outcome: 'dry-run',
      diff: {
        from: { revision: 2 },
        to: { revision: 1 },
        changes: [{ container: 'agent', from: 'agent:2.1', to: 'agent:2.0' }],
      },
    });
    expect(cluster.server.writes.map(w => [w.dryRun, w.contentType])).toEqual([
      [true, 'application/strategic-merge-patch+json'],
    ]);
    expect(get('DaemonSet', 'agent')?.metadata.resourceVersion).toBe('400');
  });
});
