import { AppsV1Api } from '@kubernetes/client-node';
import {
  demoTls,
  KubernetesTestServer,
} from '@release-readiness/kubernetes-test-cluster';
import { CallOptions } from './CallOptions';
import { createKubeConfig } from './createKubeConfig';

describe('CallOptions', () => {
  const tls = demoTls();
  let server: KubernetesTestServer;
  beforeEach(async () => {
    server = await KubernetesTestServer.start({ tls });
  });
  afterEach(() => server.stop());

  function api() {
    return createKubeConfig(
      {
        url: server.url,
        caData: Buffer.from(tls.ca).toString('base64'),
        skipTLSVerify: false,
      },
      { key: 'releaseReadiness.clusters.test', name: 'test' },
    ).makeApiClient(AppsV1Api);
  }

  it('reuses connections across calls (client-node alone opens one per request)', async () => {
    const apps = api();
    for (let i = 0; i < 10; i++) {
      await apps.listNamespacedDeployment({ namespace: 'ns' });
    }
    const withoutReuse = server.connections;
    expect(withoutReuse).toBe(10);

    const options = new CallOptions();
    for (let i = 0; i < 10; i++) {
      await apps.listNamespacedDeployment(
        { namespace: 'ns' },
        options.forCall(new AbortController().signal),
      );
    }
    // undici may open a second connection while the first is being returned to its pool.
    expect(server.connections - withoutReuse).toBeLessThanOrEqual(2);
  });

  it('adopts a fresh agent after maxAge', async () => {
    let now = 0;
    const options = new CallOptions({ maxAgeMs: 1000, now: () => now });
    const apps = api();
    const call = () =>
      apps.listNamespacedDeployment(
        { namespace: 'ns' },
        options.forCall(new AbortController().signal),
      );
    for (let i = 0; i < 5; i++) await call();
    const first = server.connections;
    expect(first).toBeLessThanOrEqual(2);
    now = 1500;
    for (let i = 0; i < 5; i++) await call();
    // A new agent means new connections; the old ones are not used any more.
    expect(server.connections).toBeGreaterThan(first);
    expect(server.connections - first).toBeLessThanOrEqual(2);
  });

  it('puts the signal on the request, so aborting cancels it', async () => {
    await server.setFault({ type: 'hang' });
    const controller = new AbortController();
    const pending = api()
      .listNamespacedDeployment(
        { namespace: 'ns' },
        new CallOptions().forCall(controller.signal),
      )
      .catch(e => e);
    await server.waitForRequest(() => true);
    controller.abort();
    expect(await pending).toMatchObject({ name: 'AbortError' });
    const request = await server.waitForRequest(r => r.outcome === 'aborted');
    expect(request.path).toBe('/apis/apps/v1/namespaces/ns/deployments');
  });
});
