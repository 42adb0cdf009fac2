import { NotAllowedError } from '@backstage/errors';
import { NAMESPACE } from './__testUtils__/rollbackFixtures';
import { rollbackTarget as target } from './__testUtils__/rollbackTarget';
import {
  FACTORY_TOKEN as TOKEN,
  useFactoryCluster,
} from './__testUtils__/useFactoryCluster';

const call = () => ({ signal: new AbortController().signal });

describe('the kubernetes rollback strategy’s errors', () => {
  const cluster = useFactoryCluster();
  const { create } = cluster;

  it('names the RBAC verb the portal’s service account lacks on a 403, never quoting the server or the token', async () => {
    const strategy = await create({
      cluster: 'shop-cluster',
      namespace: NAMESPACE,
    });
    const plan = await strategy.plan(target('Deployment', 'api'), call());
    if (plan.kind !== 'ready') throw new Error('expected a ready plan');
    await cluster.server.setFault({
      type: 'status',
      status: 403,
      method: 'PATCH',
    });
    const error = await strategy
      .execute(target('Deployment', 'api'), plan, {
        ...call(),
        dryRun: true,
        reason: 'r',
        actor: 'user:default/ona',
      })
      .catch(e => e);
    expect(error).toBeInstanceOf(NotAllowedError);
    expect(error.message).toBe(
      "The portal's service account may not patch deployments in namespace shop on shop-cluster (HTTP 403): grant it 'patch' on apps/deployments there (see the rollback RBAC on the Kubernetes module's page of the adopter guide)",
    );
    await cluster.server.setFault({ type: 'status', status: 403 });
    await expect(
      strategy.plan(target('Deployment', 'api'), call()),
    ).rejects.toThrow(
      "may not get deployments in namespace shop on shop-cluster (HTTP 403): grant it 'get' on apps/deployments",
    );
    for (const status of [401, 404, 422, 429, 500]) {
      await cluster.server.setFault({ type: 'status', status });
      const failure = await strategy
        .plan(target('Deployment', 'api'), call())
        .catch(e => e);
      expect(failure).toBeInstanceOf(Error);
      const text = JSON.stringify({ m: failure.message, s: failure.stack });
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain('system:serviceaccount');
      expect(text).not.toContain('test fault');
    }
    await cluster.server.setFault({ type: 'malformed' });
    await expect(
      strategy.plan(target('Deployment', 'api'), call()),
    ).rejects.toThrow(
      'answered with a body that is not JSON (get deployments)',
    );
  });
});
