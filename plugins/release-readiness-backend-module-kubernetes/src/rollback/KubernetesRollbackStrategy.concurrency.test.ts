import { ConflictError } from '@backstage/errors';
import { PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { readyPlan as ready } from './__testUtils__/readyPlan';
import { NAMESPACE } from './__testUtils__/rollbackFixtures';
import { TOKEN } from './__testUtils__/startRollbackCluster';
import { useDeploymentCluster } from './__testUtils__/useDeploymentCluster';

const call = () => ({ signal: new AbortController().signal });
const as = { actor: 'user:default/ona', reason: 'bad release' };

describe('the kubernetes rollback strategy: Deployments changed meanwhile, concurrent and cancelled', () => {
  const cluster = useDeploymentCluster();
  const { start, api, image } = cluster;

  it('refuses to overwrite a Deployment changed since the plan: 409, a ConflictError, the change kept', async () => {
    await start();
    const plan = ready(await cluster.strategy.plan(api(), call()));
    await cluster.someone.patchNamespacedDeployment(
      {
        name: 'api',
        namespace: NAMESPACE,
        body: {
          spec: {
            template: {
              spec: { containers: [{ name: 'api', image: 'shop/api:1.5.0' }] },
            },
          },
        },
      },
      setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
    );
    const error = await cluster.strategy
      .execute(api(), plan, { ...call(), dryRun: false, ...as })
      .catch(e => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toBe(
      'Deployment api changed since the plan (resourceVersion 100): look again',
    );
    expect(cluster.server.writes.at(-1)).toMatchObject({
      method: 'PATCH',
      status: 409,
    });
    expect(image()).toBe('shop/api:1.5.0');
    expect(JSON.stringify({ m: error.message, s: error.stack })).not.toContain(
      TOKEN,
    );
  });

  it('lets exactly one of 20 concurrent executes of one plan write: the precondition alone makes the others 409 conflicts', async () => {
    await start(false);
    const plan = ready(await cluster.strategy.plan(api(), call()));
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        cluster.strategy.execute(api(), plan, {
          ...call(),
          dryRun: false,
          ...as,
        }),
      ),
    );
    expect(results.filter(r => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.flatMap(r =>
      r.status === 'rejected' ? [r.reason] : [],
    );
    expect(rejected).toHaveLength(19);
    expect(rejected.every(e => e instanceof ConflictError)).toBe(true);
    const statuses = cluster.server.writes.map(w => w.status);
    expect(statuses.filter(s => s === 200)).toHaveLength(1);
    expect(statuses.filter(s => s === 409)).toHaveLength(19);
    expect(image()).toBe('shop/api:1.2.0');
  });

  it('cancels its requests when the signal aborts: the API server sees them closed', async () => {
    await start();
    const plan = ready(await cluster.strategy.plan(api(), call()));
    await cluster.server.setFault({ type: 'hang' });
    for (const run of [
      (signal: AbortSignal) => cluster.strategy.plan(api(), { signal }),
      (signal: AbortSignal) =>
        cluster.strategy.execute(api(), plan, { signal, dryRun: false, ...as }),
    ]) {
      cluster.server.clearRequests();
      const controller = new AbortController();
      const pending = run(controller.signal).catch(e => e);
      await cluster.server.waitForRequest(() => true);
      controller.abort();
      expect(await pending).toMatchObject({ name: 'AbortError' });
      await cluster.server.waitForRequest(r => r.outcome === 'aborted');
    }
    expect(cluster.server.writes).toEqual([]);
  });
});
