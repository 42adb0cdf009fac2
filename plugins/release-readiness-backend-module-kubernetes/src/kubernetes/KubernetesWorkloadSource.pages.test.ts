import { AppsV1Api } from '@kubernetes/client-node';
import { SourceUnavailableError } from '@release-readiness/plugin-release-readiness-node';
import {
  sendJson,
  startTestServer,
  TestServer,
} from '@release-readiness/plugin-release-readiness-node/testUtils';
import {
  deploymentWithPods,
  httpTarget,
  kubeConfigFor,
  NAMESPACE,
  signal,
  source,
  TOKEN,
} from './__testUtils__/rawSourceFixtures';
import { CallOptions } from './CallOptions';
import { toSourceError } from './toSourceError';

describe('KubernetesWorkloadSource: expired continue tokens and broken bodies', () => {
  let server: TestServer;
  const objects = deploymentWithPods(5);
  const itemsOf = (kind: string) =>
    objects
      .filter(o => o.kind === kind)
      .map(({ apiVersion: _a, kind: _k, ...rest }) => rest);
  const KINDS: Record<string, string> = {
    deployments: 'Deployment',
    replicasets: 'ReplicaSet',
    pods: 'Pod',
  };

  /** Serves `objects` in pages of `limit`; `gone` decides which `continue` requests get a 410. */
  function serve(gone: (cont: string) => boolean) {
    server.handle((req, res) => {
      const resource = req.path.split('/').pop() ?? '';
      const all = KINDS[resource] ? itemsOf(KINDS[resource]) : [];
      const cont = req.query.get('continue');
      if (cont && gone(cont)) {
        sendJson(res, 410, {
          kind: 'Status',
          status: 'Failure',
          reason: 'Expired',
          code: 410,
          message: `The provided continue parameter is too old ${TOKEN}`,
        });
        return;
      }
      const offset = Number(cont ?? 0);
      const limit = Number(req.query.get('limit'));
      const end = offset + limit;
      sendJson(res, 200, {
        kind: 'List',
        apiVersion: 'v1',
        metadata: {
          resourceVersion: '7',
          ...(end < all.length && { continue: String(end) }),
        },
        items: all.slice(offset, end),
      });
    });
  }

  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.close());

  const podRequests = () =>
    server.requests
      .filter(r => r.path.endsWith('/pods'))
      .map(r => r.query.get('continue') ?? '-');

  it('reads a LIST again from its start once when a continue token expires (410), counting nothing twice', async () => {
    let expired = 0;
    serve(cont => cont === '4' && expired++ === 0);
    const result = await source(httpTarget(server), 2).listWorkloads({
      signal: signal(),
    });
    expect(result.items.map(w => [w.name, w.restarts])).toEqual([['api', 5]]);
    expect(podRequests()).toEqual(['-', '2', '4', '-', '2', '4']);
  });

  it('gives up naming the list when the continue token expires again', async () => {
    serve(cont => cont === '4');
    const error = await source(httpTarget(server), 2)
      .listWorkloads({ signal: signal() })
      .catch(e => e);
    expect(error).toMatchObject({
      name: 'SourceUnavailableError',
      type: 'BAD_RESPONSE',
    });
    expect(error.message).toContain('continue token');
    expect(error.message).toContain('HTTP 410');
    expect(error.message).toContain(`pods in namespace ${NAMESPACE}`);
    expect(error.message).not.toContain(TOKEN);
    expect(podRequests()).toEqual(['-', '2', '4', '-', '2', '4']);
  });

  it('treats a 410 on a first page (no continue token) as the HTTP error it is, without a re-list', async () => {
    server.handle((req, res) =>
      req.path.endsWith('/pods')
        ? sendJson(res, 410, { kind: 'Status', code: 410 })
        : sendJson(res, 200, { kind: 'List', metadata: {}, items: [] }),
    );
    const error = await source(httpTarget(server))
      .listWorkloads({ signal: signal() })
      .catch(e => e);
    expect(error).toMatchObject({ type: 'BAD_RESPONSE' });
    expect(error.message).toBe(
      `The API server answered HTTP 410 listing pods in namespace ${NAMESPACE}`,
    );
    expect(podRequests()).toEqual(['-']);
  });

  /** What the generated client (the read before raw bodies) made of the same answer. */
  async function typedClientError(): Promise<{
    name?: string;
    type?: string;
    cause?: { code?: string };
  }> {
    const api = kubeConfigFor(httpTarget(server)).makeApiClient(AppsV1Api);
    const error = await api
      .listNamespacedDeployment(
        { namespace: NAMESPACE, limit: 500 },
        new CallOptions().forCall(signal()),
      )
      .catch(e => e);
    const mapped = toSourceError(error, {
      resource: 'deployments',
      namespace: NAMESPACE,
    });
    if (!(mapped instanceof Error)) {
      throw new Error('the generated client did not fail');
    }
    const cause: unknown = mapped.cause;
    const code =
      typeof cause === 'object' && cause !== null && 'code' in cause
        ? String(cause.code)
        : undefined;
    return {
      name: mapped.name,
      type: mapped instanceof SourceUnavailableError ? mapped.type : undefined,
      cause: { code },
    };
  }

  it('reports a body that is not JSON as BAD_RESPONSE, as the generated client did, never quoting it', async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`<html>proxy login for ${TOKEN}</html>`);
    });
    const error = await source(httpTarget(server))
      .listWorkloads({ signal: signal() })
      .catch(e => e);
    const before = await typedClientError();
    expect(error).toMatchObject({
      name: 'SourceUnavailableError',
      type: 'BAD_RESPONSE',
    });
    expect(before).toMatchObject({ name: error.name, type: error.type });
    expect(error.message).toMatch(/not valid JSON listing \w+ in namespace/);
    expect(error.message).not.toContain(TOKEN);
    expect(error.message).not.toContain('html');
    expect(error.cause).toBeUndefined();
  });

  it('reports a JSON body cut short as BAD_RESPONSE, as the generated client did', async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"kind":"List","items":[{"metadata":{"name":"${TOKEN}"`);
    });
    const error = await source(httpTarget(server))
      .listWorkloads({ signal: signal() })
      .catch(e => e);
    const before = await typedClientError();
    expect(error).toMatchObject({ type: 'BAD_RESPONSE' });
    expect(before).toMatchObject({ name: error.name, type: error.type });
    expect(error.message).not.toContain(TOKEN);
  });

  it('passes a connection dropped mid-body on as the same network error the generated client threw', async () => {
    server.handle((_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': '100000',
      });
      res.write('{"kind":"List","items":[');
      setTimeout(() => res.destroy(), 20);
    });
    const error = await source(httpTarget(server))
      .listWorkloads({ signal: signal() })
      .catch(e => e);
    const before = await typedClientError();
    expect(error).toBeInstanceOf(Error);
    expect(error.name).not.toBe('SourceUnavailableError');
    expect([error.name, error.cause?.code]).toEqual([
      before.name,
      before.cause?.code,
    ]);
  });

  it('reports JSON that is no list as BAD_RESPONSE naming the resource', async () => {
    server.handle((_req, res) => sendJson(res, 200, { kind: 'Status' }));
    const error = await source(httpTarget(server))
      .listWorkloads({ signal: signal() })
      .catch(e => e);
    expect(error).toMatchObject({ type: 'BAD_RESPONSE' });
    expect(error.message).toMatch(/no list listing \w+ in namespace/);
  });
});
