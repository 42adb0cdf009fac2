import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import type { JsonObject } from '@backstage/types';
// An integration test of the module together with the plugin it extends.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import releaseReadinessBackend from '@release-readiness/plugin-release-readiness-backend';
import {
  demoTls,
  KubernetesTestServer,
  loadObjects,
} from '@release-readiness/kubernetes-test-cluster';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import { releaseReadinessModuleKubernetes } from './module';

const TOKEN = 'module-canary-c4d19e';
const SNAPSHOT = resolve(
  __dirname,
  '../../../examples/snapshots/prod-onprem.yaml',
);
const tls = demoTls();
const demo = (env: string) =>
  loadObjects(
    readFileSync(
      resolve(__dirname, `../../../examples/demo-cluster/servanda-${env}.yaml`),
      'utf8',
    ),
  );

function backend(releaseReadiness: JsonObject) {
  return startTestBackend({
    features: [
      releaseReadinessBackend,
      releaseReadinessModuleKubernetes,
      mockServices.rootConfig.factory({
        data: {
          releaseReadiness: {
            collector: {
              timeout: { milliseconds: 1500 },
              refresh: {
                frequency: { hours: 1 },
                timeout: { minutes: 1 },
                initialDelay: { hours: 1 },
              },
            },
            ...releaseReadiness,
          },
        },
      }),
    ],
  });
}

/** The message the backend refuses to start with. */
async function startupError(releaseReadiness: JsonObject): Promise<string> {
  try {
    const started = await backend(releaseReadiness);
    await started.stop();
  } catch (error) {
    return error instanceof Error
      ? `${error.message} ${error.cause}`
      : String(error);
  }
  throw new Error('the backend started');
}

describe('platform clusters through the backend', () => {
  let server: KubernetesTestServer;
  beforeAll(async () => {
    server = await KubernetesTestServer.start({
      objects: [...demo('dev'), ...demo('stage')],
      token: TOKEN,
      tls,
    });
  });
  afterAll(() => server.stop());

  const clusters = () => ({
    'demo-cluster': {
      url: server.url,
      caData: Buffer.from(tls.ca).toString('base64'),
      labelSelector: 'app.kubernetes.io/part-of=servanda',
      auth: { type: 'serviceAccount', token: TOKEN },
    },
    'onprem-1': { airGapped: true, snapshots: { 'servanda-prod': SNAPSHOT } },
  });

  it('serves environments that name a cluster and a namespace: live from the platform cluster, offline from the air-gapped one', async () => {
    const started = await backend({
      clusters: clusters(),
      environments: {
        dev: {
          title: 'Dev',
          order: 1,
          cluster: 'demo-cluster',
          namespace: 'servanda-dev',
        },
        stage: {
          title: 'Stage',
          order: 2,
          cluster: 'demo-cluster',
          namespace: 'servanda-stage',
        },
        prod: {
          title: 'Prod',
          order: 3,
          cluster: 'onprem-1',
          namespace: 'servanda-prod',
        },
      },
    });
    try {
      const get = (path: string) =>
        request(started.server).get(`/api/release-readiness${path}`);
      const stage = await get('/environments/stage/workloads');
      expect(stage.status).toBe(200);
      expect(stage.body.sourceType).toBe('kubernetes');
      expect(stage.body.source).toMatchObject({
        name: 'kubernetes:demo-cluster/servanda-stage',
        status: 'ok',
      });
      expect(
        stage.body.items.find(
          (w: { name: string }) => w.name === 'servanda-export-worker',
        ),
      ).toMatchObject({ version: 'rc-1.5.0', restarts: 17 });

      const prod = await get('/environments/prod/workloads');
      expect(prod.body.sourceType).toBe('snapshot');
      expect(prod.body.source).toMatchObject({
        name: 'snapshot:onprem-1/servanda-prod',
        status: 'ok',
      });
      expect(prod.body.items).toHaveLength(7);

      const environments = await get('/environments');
      expect(
        environments.body.items.map((e: { name: string; target?: object }) => [
          e.name,
          e.target,
        ]),
      ).toEqual([
        ['dev', { label: 'demo-cluster/servanda-dev', offline: false }],
        ['stage', { label: 'demo-cluster/servanda-stage', offline: false }],
        ['prod', { label: 'onprem-1/servanda-prod', offline: true }],
      ]);
      expect(
        JSON.stringify([stage.body, prod.body, environments.body]),
      ).not.toContain(TOKEN);
    } finally {
      await started.stop();
    }
  });

  it('refuses to start on an invalid cluster, naming the key and never the token', async () => {
    const message = await startupError({
      clusters: {
        'demo-cluster': {
          url: server.url,
          auth: { type: 'serviceAccount', token: TOKEN, tokenFile: '/t' },
        },
      },
    });
    expect(message).toContain(
      "Invalid configuration at 'releaseReadiness.clusters.demo-cluster.auth.token': set exactly one of token and tokenFile",
    );
    expect(message).not.toContain(TOKEN);
  });

  it('refuses to start on an environment that names an unknown cluster, listing the known ones', async () => {
    const message = await startupError({
      clusters: clusters(),
      environments: {
        prod: {
          title: 'Prod',
          order: 1,
          cluster: 'eu-9',
          namespace: 'servanda-prod',
        },
      },
    });
    expect(message).toContain(
      "Invalid configuration at 'releaseReadiness.environments.prod.cluster': no cluster 'eu-9' in releaseReadiness.clusters (configured: demo-cluster, onprem-1)",
    );
  });
});
