import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { NotAllowedError } from '@backstage/errors';
import type { JsonObject } from '@backstage/types';
import { NAMESPACE } from './__testUtils__/rollbackFixtures';
import { rollbackTarget as target } from './__testUtils__/rollbackTarget';
import { testClusterConnection } from '../__testUtils__/testClusterConnection';
import {
  FACTORY_TOKEN as TOKEN,
  SNAPSHOT,
  useFactoryCluster,
} from './__testUtils__/useFactoryCluster';

const call = () => ({ signal: new AbortController().signal });

describe('createKubernetesRollbackStrategyFactory', () => {
  const cluster = useFactoryCluster();
  const { factory, create } = cluster;

  it('is the kubernetes strategy, named after the cluster and namespace it writes to', async () => {
    expect(factory().type).toBe('kubernetes');
    const strategy = await create({
      cluster: 'shop-cluster',
      namespace: NAMESPACE,
    });
    expect(strategy.name).toBe('kubernetes:shop-cluster/shop');
    expect(
      await strategy.progress?.({ outcome: 'written', message: '' }, call()),
    ).toMatchObject({
      done: true,
      succeeded: true,
    });
  });

  it.each([
    [
      'an air-gapped platform cluster',
      { cluster: 'onprem', namespace: 'servanda-prod' },
      'team' as const,
    ],
    [
      'a platform-owned snapshot block',
      {
        kubernetes: { cluster: 'onprem-2', namespace: 'servanda-prod' },
        workloads: { source: 'snapshot', path: SNAPSHOT },
      },
      'platform' as const,
    ],
  ])(
    'refuses every rollback in %s, lists no revisions and never writes',
    async (_name, block, owner) => {
      const strategy = await create(block, {
        owner,
        environment: 'prod-onprem',
      });
      const message =
        'prod-onprem is air-gapped: its workloads come from an offline snapshot and cannot be rolled back from the portal';
      expect(
        await strategy.plan(
          target('Deployment', 'servanda-api', 'servanda-prod'),
          call(),
        ),
      ).toEqual({
        kind: 'refused',
        reason: 'refused',
        message,
      });
      expect(
        await strategy.revisions(
          target('Deployment', 'servanda-api', 'servanda-prod'),
          call(),
        ),
      ).toEqual([]);
      await expect(
        strategy.execute(
          target('Deployment', 'servanda-api', 'servanda-prod'),
          {
            kind: 'ready',
            from: { revision: 2, current: true, images: [] },
            to: { revision: 1, current: false, images: [] },
            diff: { from: { revision: 2 }, to: { revision: 1 }, changes: [] },
            precondition: {},
          },
          { ...call(), dryRun: false, reason: 'r', actor: 'user:default/ona' },
        ),
      ).rejects.toThrow(new NotAllowedError(message));
    },
  );

  it.each<
    [string, JsonObject, 'team' | 'platform', JsonObject | undefined, string]
  >([
    [
      'a connection in a team’s block',
      {
        cluster: 'shop-cluster',
        namespace: 'shop',
        kubernetes: { url: 'https://x' },
      },
      'team',
      undefined,
      "Invalid configuration at 'environments.prod.kubernetes.url': a team's policy names a cluster",
    ],
    [
      'an unknown cluster',
      { cluster: 'eu-9', namespace: 'shop' },
      'team',
      undefined,
      "Invalid configuration at 'environments.prod.cluster': no cluster 'eu-9' in releaseReadiness.clusters (configured: shop-cluster, onprem)",
    ],
    [
      'a block with neither cluster nor connection',
      { title: 'Prod' },
      'platform',
      undefined,
      "Invalid configuration at 'environments.prod.cluster': the kubernetes rollback strategy writes to the environment's cluster",
    ],
    [
      'an option of its own',
      { cluster: 'shop-cluster', namespace: 'shop' },
      'team',
      { namespace: 'kube-system' },
      "Invalid configuration at 'environments.prod.rollback.kubernetes.namespace': the kubernetes rollback strategy has no options",
    ],
  ])('refuses %s, naming the key', (_name, block, owner, strategy, message) => {
    expect(() => create(block, { owner, strategy })).toThrow(message);
  });

  it('writes through an environment’s own connection when its platform-owned block has one', async () => {
    const strategy = await create(
      {
        kubernetes: {
          cluster: 'eu-1',
          namespace: NAMESPACE,
          ...testClusterConnection(cluster.server, TOKEN),
        },
      },
      { owner: 'platform' },
    );
    expect(strategy.name).toBe('kubernetes:eu-1/shop');
    expect(
      (await strategy.plan(target('Deployment', 'api'), call())).kind,
    ).toBe('ready');
  });

  it('shares one connection pool among the environments of a platform cluster', async () => {
    const strategies = (factories: ReturnType<typeof factory>[]) =>
      Promise.all(
        ['dev', 'prod'].map((environment, i) =>
          factories[i % factories.length].create({
            environment,
            system: 'shop',
            keyPrefix: `environments.${environment}`,
            owner: 'team',
            config: new ConfigReader({
              cluster: 'shop-cluster',
              namespace: NAMESPACE,
            }),
            logger: mockServices.logger.mock(),
            strategyConfig: new ConfigReader({}),
            strategyKeyPrefix: `environments.${environment}.rollback.kubernetes`,
          }),
        ),
      );
    const connectionsOf = async (
      pair: Awaited<ReturnType<typeof strategies>>,
    ) => {
      const before = cluster.server.connections;
      for (let i = 0; i < 3; i++) {
        for (const strategy of pair) {
          await strategy.revisions(target('Deployment', 'api'), call());
        }
      }
      return cluster.server.connections - before;
    };
    const shared = await connectionsOf(await strategies([factory()]));
    const separate = await connectionsOf(
      await strategies([factory(), factory()]),
    );
    expect(cluster.server.requests).toHaveLength(24);
    // undici may open a second connection while the first is being returned to its pool.
    expect(shared).toBeLessThanOrEqual(2);
    expect(shared).toBeLessThan(separate);
  });

  it('refuses kinds without revisions and workloads of another namespace', async () => {
    const strategy = await create({
      cluster: 'shop-cluster',
      namespace: NAMESPACE,
    });
    expect(await strategy.plan(target('CronJob', 'backup'), call())).toEqual({
      kind: 'refused',
      reason: 'bad-request',
      message:
        'no rollbacker has been implemented for "CronJob": only Deployments, StatefulSets and DaemonSets are rolled back',
    });
    await expect(
      strategy.revisions(target('CronJob', 'backup'), call()),
    ).rejects.toThrow(
      'CronJob backup has no revisions: only Deployments, StatefulSets and DaemonSets are rolled back',
    );
    await expect(
      strategy.plan(target('Deployment', 'api', 'kube-system'), call()),
    ).rejects.toThrow(
      "Deployment api is in namespace kube-system, not in this environment's shop",
    );
    expect(cluster.server.requests).toEqual([]);
  });
});
