import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  HttpsTestServer,
  startHttpsTestServer,
  TEST_CA_FILE,
} from '../__testUtils__/startHttpsTestServer';
import { httpSourceFor } from '../__testUtils__/httpSourceFor';

const call = () => ({ signal: new AbortController().signal });
const PREFIX = 'releaseReadiness.systems.servanda.environments.prod';

describe('createHttpGateSourceFactory: TLS', () => {
  let server: HttpsTestServer;
  beforeEach(async () => {
    server = await startHttpsTestServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"status":"ok"}');
    });
  });
  afterEach(() => server.close());

  it('fails a check whose certificate it cannot verify, and never reaches the server', async () => {
    const source = await httpSourceFor({
      'health-200': { url: `${server.url}/health` },
    });
    const { checks } = await source.getChecks({}, call());
    expect(checks[0]).toMatchObject({
      state: 'failed',
      conclusion: 'error',
      detail: 'TLS: certificate not trusted (issuer unknown; set caFile)',
    });
    expect(server.requests).toBe(0);
  });

  it('fails a check whose certificate is self-signed, even with a caFile configured', async () => {
    const selfSigned = await startHttpsTestServer((_req, res) => {
      res.writeHead(200);
      res.end();
    }, 'self-signed');
    try {
      const source = await httpSourceFor({
        health: { url: `${selfSigned.url}/health`, caFile: TEST_CA_FILE },
      });
      const { checks } = await source.getChecks({}, call());
      expect(checks[0]).toMatchObject({
        state: 'failed',
        conclusion: 'error',
        detail: 'TLS: self-signed certificate, not trusted',
      });
      expect(selfSigned.requests).toBe(0);
    } finally {
      await selfSigned.close();
    }
  });

  it("verifies against the platform's caFile, for platform and team blocks", async () => {
    const root = {
      releaseReadiness: {
        http: {
          caFile: TEST_CA_FILE,
          allowedHosts: [new URL(server.url).host],
        },
      },
    };
    const checks = {
      'health-200': {
        url: `${server.url}/health`,
        json: { path: 'status', equals: 'ok' },
      },
    };
    for (const owner of ['platform', 'team'] as const) {
      const source = await httpSourceFor(checks, { root, owner });
      const result = await source.getChecks({}, call());
      expect(result.checks[0]).toMatchObject({ state: 'passed' });
    }
    expect(server.requests).toBe(2);
  });

  it("trusts a check's own caFile for that check only", async () => {
    const source = await httpSourceFor({
      trusted: { url: `${server.url}/health`, caFile: TEST_CA_FILE },
      untrusted: { url: `${server.url}/health` },
    });
    const { checks } = await source.getChecks({}, call());
    expect(checks.map(c => [c.name, c.state])).toEqual([
      ['trusted', 'passed'],
      ['untrusted', 'failed'],
    ]);
  });

  it('refuses a caFile it cannot read or that holds no certificate, naming the key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'http-gates-'));
    const notPem = join(dir, 'not-a-cert.pem');
    writeFileSync(notPem, 'secret-looking text that is no certificate');
    await expect(
      httpSourceFor({
        health: { url: `${server.url}/health`, caFile: join(dir, 'absent') },
      }),
    ).rejects.toThrow(
      `Invalid configuration at '${PREFIX}.gates.http.checks.health.caFile': the file cannot be read`,
    );
    const error = await httpSourceFor({
      health: { url: `${server.url}/health`, caFile: notPem },
    }).catch(e => e);
    expect(error.message).toBe(
      `Invalid configuration at '${PREFIX}.gates.http.checks.health.caFile': the file holds no PEM certificate (-----BEGIN CERTIFICATE-----)`,
    );
    expect(error.message).not.toContain('secret-looking');
    await expect(
      httpSourceFor(
        { health: { url: `${server.url}/health` } },
        { root: { releaseReadiness: { http: { caFile: notPem } } } },
      ),
    ).rejects.toThrow(
      "Invalid configuration at 'releaseReadiness.http.caFile': the file holds no PEM certificate",
    );
  });
});
