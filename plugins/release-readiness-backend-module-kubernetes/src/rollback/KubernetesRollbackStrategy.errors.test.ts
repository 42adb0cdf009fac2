import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { NotAllowedError } from '@backstage/errors';
import type { JsonObject } from '@backstage/types';
import { VersionMatcher } from '@internal/backstage-plugin-release-readiness-common';
import type { RollbackTarget } from '@internal/backstage-plugin-release-readiness-node';
import {
  demoTls,
  KubernetesTestServer,
} from '@internal/kubernetes-test-cluster';
import { resolve } from 'node:path';
import { readPlatformClusters } from '../clusters/readPlatformClusters';
import {
  deploymentFixtures,
  NAMESPACE,
} from './__testUtils__/rollbackFixtures';
import { createKubernetesRollbackStrategyFactory } from './createKubernetesRollbackStrategyFactory';

const TOKEN = 'factory-canary-token-0b7d41';
const SNAPSHOT = resolve(
  __dirname,
  '../../../../examples/snapshots/prod-onprem.yaml',
);
const tls = demoTls();
const call = () => ({ signal: new AbortController().signal });

const target = (
  kind: RollbackTarget['kind'],
  name: string,
  namespace = NAMESPACE,
): RollbackTarget => ({
  kind,
  name,
  namespace,
  images: [],
  rolloutStatus: 'complete',
  restarts: 0,
  managedBy: { tool: 'plain' },
  findings: [],
});

describe('the kubernetes rollback strategy’s errors', () => {
  let server: KubernetesTestServer;
  beforeEach(async () => {
    server = await KubernetesTestServer.start({
      objects: deploymentFixtures(),
      token: TOKEN,
      tls,
    });
  });
  afterEach(() => server.stop());

  const factory = () =>
    createKubernetesRollbackStrategyFactory(
      readPlatformClusters(
        new ConfigReader({
          releaseReadiness: {
            clusters: {
              'shop-cluster': {
                url: server.url,
                caData: Buffer.from(tls.ca).toString('base64'),
                auth: { type: 'serviceAccount', token: TOKEN },
              },
              onprem: {
                airGapped: true,
                snapshots: { 'servanda-prod': SNAPSHOT },
              },
            },
          },
        }),
        mockServices.logger.mock(),
      ),
      new VersionMatcher(),
    );
  const create = (
    block: JsonObject,
    options: {
      owner?: 'team' | 'platform';
      strategy?: JsonObject;
      environment?: string;
    } = {},
  ) =>
    factory().create({
      environment: options.environment ?? 'prod',
      system: 'shop',
      keyPrefix: 'environments.prod',
      owner: options.owner ?? 'team',
      config: new ConfigReader(block),
      logger: mockServices.logger.mock(),
      strategyConfig: new ConfigReader(options.strategy ?? {}),
      strategyKeyPrefix: 'environments.prod.rollback.kubernetes',
    });

  it('names the RBAC verb the portal’s service account lacks on a 403, never quoting the server or the token', async () => {
    const strategy = await create({
      cluster: 'shop-cluster',
      namespace: NAMESPACE,
    });
    const plan = await strategy.plan(target('Deployment', 'api'), call());
    if (plan.kind !== 'ready') throw new Error('expected a ready plan');
    await server.setFault({ type: 'status', status: 403, method: 'PATCH' });
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
      "The portal's service account may not patch deployments in namespace shop on shop-cluster (HTTP 403): grant it 'patch' on apps/deployments there (see the rollback RBAC in the Kubernetes module's README)",
    );
    await server.setFault({ type: 'status', status: 403 });
    await expect(
      strategy.plan(target('Deployment', 'api'), call()),
    ).rejects.toThrow(
      "may not get deployments in namespace shop on shop-cluster (HTTP 403): grant it 'get' on apps/deployments",
    );
    for (const status of [401, 404, 422, 429, 500]) {
      await server.setFault({ type: 'status', status });
      const failure = await strategy
        .plan(target('Deployment', 'api'), call())
        .catch(e => e);
      expect(failure).toBeInstanceOf(Error);
      const text = JSON.stringify({ m: failure.message, s: failure.stack });
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain('system:serviceaccount');
      expect(text).not.toContain('test fault');
    }
    await server.setFault({ type: 'malformed' });
    await expect(
      strategy.plan(target('Deployment', 'api'), call()),
    ).rejects.toThrow(
      'answered with a body that is not JSON (get deployments)',
    );
  });
});
