import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
// An integration test of the module together with the plugin it extends. The plugin resolves
// through the workspace; it still has to be declared in this package's devDependencies
// (`@release-readiness/plugin-release-readiness-backend`: `workspace:^`), then drop the second rule.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import releaseReadinessBackend from '@release-readiness/plugin-release-readiness-backend';
import {
  GateSourceFactory,
  releaseReadinessGateSourcesExtensionPoint,
} from '@release-readiness/plugin-release-readiness-node';
import {
  sendJson,
  startTestServer,
  TestServer,
} from '@release-readiness/plugin-release-readiness-node/testUtils';
import type { Server } from 'node:http';
import { releaseReadinessModuleHttp } from './module';

describe('releaseReadinessModuleHttp', () => {
  let upstream: TestServer;
  let readinessStatus = 200;
  beforeEach(async () => {
    readinessStatus = 200;
    upstream = await startTestServer();
    upstream.handle((req, res) =>
      req.path === '/readiness'
        ? sendJson(res, readinessStatus, { status: 'ok' })
        : sendJson(res, 200, { status: 'ok' }),
    );
  });
  afterEach(() => upstream.close());

  async function startBackend(http?: object, checks?: object) {
    const { server } = await startTestBackend({
      features: [
        releaseReadinessBackend,
        releaseReadinessModuleHttp,
        mockServices.rootConfig.factory({
          data: {
            releaseReadiness: {
              http,
              collector: {
                timeout: { milliseconds: 2000 },
                // Keep the background refresh out of the way of these tests.
                refresh: {
                  frequency: { hours: 1 },
                  timeout: { minutes: 1 },
                  initialDelay: { hours: 1 },
                },
              },
              environments: {
                stage: {
                  title: 'Staging',
                  order: 2,
                  gates: {
                    source: 'http',
                    http: {
                      checks: checks ?? {
                        'health-200': { url: `${upstream.url}/health` },
                        'readiness-200': {
                          url: `${upstream.url}/readiness`,
                          json: { path: 'status', equals: 'ok' },
                        },
                      },
                    },
                  },
                  readiness: {
                    gates: {
                      staging: {
                        title: 'Staging gate',
                        checks: ['health-200', 'readiness-200'],
                      },
                    },
                  },
                },
              },
            },
          },
        }),
      ],
    });
    return server;
  }

  async function readiness(server: Server) {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const res = await fetch(
      `http://127.0.0.1:${port}/api/release-readiness/environments/stage/readiness`,
    );
    return { status: res.status, body: await res.json() };
  }

  it('adds the http gate source: the backend probes the URLs and judges the gate by them', async () => {
    const server = await startBackend();
    const ok = await readiness(server);
    expect(ok.status).toBe(200);
    expect(ok.body.verdict).toBe('ready');
    const gate = ok.body.items.find((i: { id: string }) => i.id === 'staging');
    expect(gate).toMatchObject({
      status: 'pass',
      source: { name: 'http', status: 'ok' },
    });
    expect(upstream.requests.map(r => r.path).sort()).toEqual([
      '/health',
      '/readiness',
    ]);
  });

  it('blocks the gate when an endpoint answers another status, saying which', async () => {
    readinessStatus = 503;
    const server = await startBackend();
    const { body } = await readiness(server);
    expect(body.verdict).toBe('blocked');
    const gate = body.items.find((i: { id: string }) => i.id === 'staging');
    expect(gate).toMatchObject({
      status: 'fail',
      reason: '1/2 required checks passed; failed: readiness-200',
    });
    expect(
      gate.evidence.map((e: { label: string; detail: string }) => [
        e.label,
        e.detail,
      ]),
    ).toEqual([
      ['health-200', expect.stringMatching(/^200 OK in \d+ ms$/)],
      ['readiness-200', '503 Service Unavailable, expected 200'],
    ]);
  });

  it('reads releaseReadiness.http at init and refuses a bad entry, naming the key', async () => {
    await expect(
      startBackend({ allowedHosts: ['https://status.servanda.test/'] }),
    ).rejects.toThrow(
      "Invalid configuration at 'releaseReadiness.http.allowedHosts.0'",
    );
  });

  it('refuses to start with a bad check, naming its key in the portal configuration', async () => {
    const error = await startBackend(undefined, {
      'health-200': { url: 'https://ops:hunter2@status.servanda.test/health' },
    }).catch(e => e);
    expect(String(error?.message)).toContain(
      "Invalid configuration at 'releaseReadiness.environments.stage.gates.http.checks.health-200.url': must not carry credentials",
    );
    expect(String(error?.message)).not.toContain('hunter2');
  });

  it('registers one factory of type http through the extension point', async () => {
    const added: GateSourceFactory[] = [];
    await startTestBackend({
      extensionPoints: [
        [
          releaseReadinessGateSourcesExtensionPoint,
          { addGateSource: (...f: GateSourceFactory[]) => added.push(...f) },
        ],
      ],
      features: [
        releaseReadinessModuleHttp,
        mockServices.rootConfig.factory({ data: {} }),
      ],
    });
    expect(added.map(f => f.type)).toEqual(['http']);
  });
});
