import {
  ApiException,
  AppsV1Api,
  PatchStrategy,
  setHeaderOptions,
} from '@kubernetes/client-node';
import {
  demoTls,
  KubernetesTestServer,
} from '@release-readiness/kubernetes-test-cluster';
import { createKubeConfig } from '../kubernetes/createKubeConfig';
import {
  deploymentFixtures,
  NAMESPACE,
} from './__testUtils__/rollbackFixtures';
import { KubernetesApi } from './KubernetesApi';
import { KubernetesApiError } from './KubernetesApiError';

const TOKEN = 'api-canary-token-91c3aa';
const tls = demoTls();
const PATH = `/apis/apps/v1/namespaces/${NAMESPACE}/deployments/api`;
const signal = () => new AbortController().signal;

describe('KubernetesApi and the test API server’s writes, through @kubernetes/client-node', () => {
  let server: KubernetesTestServer;
  beforeEach(async () => {
    server = await KubernetesTestServer.start({
      objects: deploymentFixtures(),
      token: TOKEN,
      tls,
      rollout: false,
    });
  });
  afterEach(() => server.stop());

  const kubeConfig = () =>
    createKubeConfig(
      {
        url: server.url,
        caData: Buffer.from(tls.ca).toString('base64'),
        skipTLSVerify: false,
        auth: { type: 'serviceAccount', token: TOKEN },
      },
      { key: 'releaseReadiness.clusters.shop', name: 'shop' },
    );

  it('sends raw JSON with the content type asked for and the dry run, and returns the object as the server sent it', async () => {
    const api = new KubernetesApi(kubeConfig());
    const fetched = await api.request({
      method: 'GET',
      path: PATH,
      signal: signal(),
    });
    expect(fetched).toMatchObject({
      kind: 'Deployment',
      spec: { template: { metadata: { creationTimestamp: null } } },
    });
    const answer = await api.request({
      method: 'PATCH',
      path: PATH,
      query: { dryRun: 'All' },
      body: { spec: { replicas: 5 } },
      contentType: 'application/merge-patch+json',
      signal: signal(),
    });
    expect(answer).toMatchObject({ spec: { replicas: 5 } });
    expect(server.writes).toEqual([
      expect.objectContaining({
        contentType: 'application/merge-patch+json',
        dryRun: true,
        body: '{"spec":{"replicas":5}}',
        authorization: `Bearer ${TOKEN}`,
        status: 200,
      }),
    ]);
  });

  it('fails with the status and the Status reason, never the server’s message', async () => {
    const api = new KubernetesApi(kubeConfig());
    const stale = api.request({
      method: 'PATCH',
      path: PATH,
      body: { metadata: { resourceVersion: '1' } },
      contentType: 'application/merge-patch+json',
      signal: signal(),
    });
    await expect(stale).rejects.toBeInstanceOf(KubernetesApiError);
    await expect(stale).rejects.toMatchObject({
      type: 'http',
      status: 409,
      reason: 'Conflict',
      message: 'HTTP 409 Conflict',
    });
    await server.setFault({ type: 'malformed' });
    await expect(
      api.request({ method: 'GET', path: PATH, signal: signal() }),
    ).rejects.toMatchObject({
      type: 'bad-response',
    });
    await server.setFault({ type: 'refuse' });
    const fresh = new KubernetesApi(kubeConfig());
    await expect(
      fresh.request({ method: 'GET', path: PATH, signal: signal() }),
    ).rejects.toMatchObject({
      type: 'network',
      reason: 'ECONNREFUSED',
    });
  });

  it('lets the generated client drive the writes: JSON patch by default, merge and strategic merge with setHeaderOptions, 409 on a stale resourceVersion', async () => {
    const apps = kubeConfig().makeApiClient(AppsV1Api);
    await apps.patchNamespacedDeployment({
      name: 'api',
      namespace: NAMESPACE,
      body: [{ op: 'replace', path: '/spec/replicas', value: 3 }],
    });
    await apps.patchNamespacedDeployment(
      {
        name: 'api',
        namespace: NAMESPACE,
        body: { metadata: { labels: { tier: 'web' } } },
      },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    const patched = await apps.patchNamespacedDeployment(
      {
        name: 'api',
        namespace: NAMESPACE,
        body: {
          spec: {
            template: {
              spec: { containers: [{ name: 'api', image: 'shop/api:2.0.0' }] },
            },
          },
        },
      },
      setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
    );
    expect(patched.spec?.replicas).toBe(3);
    expect(patched.metadata?.labels).toMatchObject({ tier: 'web' });
    expect(
      patched.spec?.template.spec?.containers.map(c => [c.name, c.image]),
    ).toEqual([
      ['api', 'shop/api:2.0.0'],
      ['proxy', 'envoyproxy/envoy:v1.30.1'],
    ]);
    expect(server.writes.map(w => w.contentType)).toEqual([
      'application/json-patch+json',
      'application/merge-patch+json',
      'application/strategic-merge-patch+json',
    ]);
    // A merge patch sent without the header goes out as a JSON patch: the server refuses it.
    const unlabelled = await apps
      .patchNamespacedDeployment({
        name: 'api',
        namespace: NAMESPACE,
        body: { spec: { replicas: 1 } },
      })
      .catch(e => e);
    expect(unlabelled).toBeInstanceOf(ApiException);
    expect(unlabelled.code).toBe(400);
    const stale = await apps
      .replaceNamespacedDeployment({
        name: 'api',
        namespace: NAMESPACE,
        body: {
          ...patched,
          metadata: { ...patched.metadata, resourceVersion: '100' },
        },
      })
      .catch(e => e);
    expect(stale).toBeInstanceOf(ApiException);
    expect(stale.code).toBe(409);
  });

  it('passes the caller’s abort on: the request is closed', async () => {
    const api = new KubernetesApi(kubeConfig());
    await server.setFault({ type: 'hang' });
    const controller = new AbortController();
    const pending = api
      .request({ method: 'GET', path: PATH, signal: controller.signal })
      .catch(e => e);
    await server.waitForRequest(() => true);
    controller.abort();
    expect(await pending).toMatchObject({ name: 'AbortError' });
    await server.waitForRequest(r => r.outcome === 'aborted');
  });
});
