import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  startTestServer,
  TestServer,
} from '@release-readiness/plugin-release-readiness-node/testUtils';
import { httpSourceFor } from '../__testUtils__/httpSourceFor';
import { createHttpGateSourceFactory } from '../http/createHttpGateSourceFactory';
import { readHttpModuleOptions } from './readHttpModuleOptions';

const PREFIX = 'releaseReadiness.systems.servanda.environments.prod';
const at = (key: string) =>
  `Invalid configuration at '${PREFIX}.gates.http.checks.${key}'`;
const messageOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'no error',
    (e: Error) => e.message,
  );
const team = (allowedHosts: string[]) => ({
  owner: 'team' as const,
  root: { releaseReadiness: { http: { allowedHosts } } },
});

describe('the gates.http configuration', () => {
  it('refuses an environment without a gates.http block, naming it', async () => {
    const factory = createHttpGateSourceFactory({
      module: readHttpModuleOptions(new ConfigReader({})),
    });
    expect(() =>
      factory.create({
        system: 'servanda',
        environment: 'prod',
        config: new ConfigReader({ gates: { source: 'http' } }),
        keyPrefix: PREFIX,
        owner: 'platform',
        logger: mockServices.logger.mock(),
      }),
    ).toThrow(
      `Invalid configuration at '${PREFIX}.gates.http': required for gates.source http`,
    );
  });

  it('refuses URLs that are not http(s) or that carry credentials, without quoting them', async () => {
    expect(await messageOf(httpSourceFor({ h: { url: 'ftp://x/' } }))).toBe(
      `${at('h.url')}: expected an http:// or https:// URL`,
    );
    const withUser = await messageOf(
      httpSourceFor({ h: { url: 'https://admin:hunter2@status.test/health' } }),
    );
    expect(withUser).toMatch(
      new RegExp(
        `^${at('h.url').replace(
          /[.[\]]/g,
          '\\$&',
        )}: must not carry credentials`,
      ),
    );
    expect(withUser).not.toMatch(/hunter2|admin/);
    const withToken = await messageOf(
      httpSourceFor({
        h: { url: 'https://status.test/health?access_token=s3cr3t' },
      }),
    );
    expect(withToken).toBe(
      `${at(
        'h.url',
      )}: must not carry credentials in its query (parameter 'access_token'): the board shows the probed URL`,
    );
  });

  it('lets a team file probe only the hosts the platform allows, and says which', async () => {
    expect(
      await messageOf(
        httpSourceFor(
          { h: { url: 'http://10.0.0.5:8080/health' } },
          team(['localhost:7011', 'status.servanda.test']),
        ),
      ),
    ).toBe(
      `${at(
        'h.url',
      )}: host '10.0.0.5:8080' is not allowed in a team's policy file; allowed: localhost:7011, status.servanda.test (releaseReadiness.http.allowedHosts)`,
    );
    expect(
      await messageOf(
        httpSourceFor({ h: { url: 'http://localhost:7011/health' } }, team([])),
      ),
    ).toBe(
      `${at(
        'h.url',
      )}: host 'localhost:7011' is not allowed in a team's policy file; the platform allows none (releaseReadiness.http.allowedHosts)`,
    );
    const allowed = team(['localhost:7011', 'status.servanda.test']);
    for (const url of [
      'http://LOCALHOST:7011/health',
      'https://status.servanda.test/health',
      'http://status.servanda.test/ready',
    ]) {
      expect(await messageOf(httpSourceFor({ h: { url } }, allowed))).toBe(
        'no error',
      );
    }
    for (const url of [
      'http://localhost:7012/health',
      'http://127.0.0.1:7011/health',
      'https://status.servanda.test:8443/health',
      'http://status.servanda.test.evil.test/health',
    ]) {
      expect(await messageOf(httpSourceFor({ h: { url } }, allowed))).toMatch(
        /is not allowed in a team's policy file/,
      );
    }
    // The portal's own configuration may probe any host.
    expect(
      await messageOf(httpSourceFor({ h: { url: 'http://10.0.0.5:8080/h' } })),
    ).toBe('no error');
  });

  it("refuses a team file's caFile, and every unknown key without quoting its value", async () => {
    expect(
      await messageOf(
        httpSourceFor(
          { h: { url: 'http://localhost:7011/', caFile: '/etc/shadow' } },
          team(['localhost:7011']),
        ),
      ),
    ).toMatch(new RegExp(`caFile': not allowed in a team's policy file`));
    const unknown = await messageOf(
      httpSourceFor({
        h: {
          url: 'http://localhost:7011/',
          headers: { authorization: 'Bearer canary-token' },
        },
      }),
    );
    expect(unknown).toBe(
      `${at(
        'h.headers',
      )}: unknown key, expected one of url, method, expectStatus, json, maxLatency, timeout, caFile`,
    );
  });

  it('checks statuses, methods, JSON fields, durations and names, naming every key at once', async () => {
    const message = await messageOf(
      httpSourceFor({
        a: { url: 'http://h.test/', expectStatus: 99 },
        b: {
          url: 'http://h.test/',
          method: 'HEAD',
          json: { path: 'status', equals: 'ok' },
        },
        c: { url: 'http://h.test/', timeout: 'PT6S' },
        d: { url: 'http://h.test/', timeout: 'soon', maxLatency: -1 },
        e: { url: 'http://h.test/', timeout: 1000, maxLatency: 'PT2S' },
        f: { url: 'http://h.test/', json: { path: 'a..b', equals: 'ok' } },
        'not ok!': { url: 'http://h.test/' },
      }),
    );
    const hint =
      'expected milliseconds (e.g. 2000) or an ISO 8601 duration (e.g. PT2S), longer than zero';
    for (const part of [
      `${at('a.expectStatus')}: `,
      `${at('b.json')}: needs method GET: the answer to HEAD has no body`,
      `${at(
        'c.timeout',
      )}: must be shorter than releaseReadiness.collector.timeout (5000 ms)`,
      `${at('d.timeout')}: ${hint}`,
      `${at('d.maxLatency')}: ${hint}`,
      `${at(
        'e.maxLatency',
      )}: must not be longer than the check's timeout (1000 ms)`,
      `${at('f.json.path')}: expected a dotted field path, e.g. status`,
      `${at('not ok!')}: expected a check name of letters, digits`,
    ]) {
      expect(message).toContain(part);
    }
  });

  it('refuses an empty list of checks and more than 20', async () => {
    expect(await messageOf(httpSourceFor({}))).toBe(
      `Invalid configuration at '${PREFIX}.gates.http.checks': expected 1 to 20 checks`,
    );
    const many = Object.fromEntries(
      Array.from({ length: 21 }, (_, i) => [
        `c${i}`,
        { url: 'http://h.test/' },
      ]),
    );
    expect(await messageOf(httpSourceFor(many))).toContain(
      'expected 1 to 20 checks',
    );
  });

  describe('timeouts', () => {
    let server: TestServer;
    beforeEach(async () => {
      server = await startTestServer();
      server.handle(() => new Promise(() => {}));
    });
    afterEach(() => server.close());

    it("defaults to 5 s, or 90 % of the collector's timeout when that is shorter", async () => {
      const source = await httpSourceFor(
        { h: { url: `${server.url}/health` } },
        {
          root: {
            releaseReadiness: { collector: { timeout: { seconds: 1 } } },
          },
        },
      );
      const { checks } = await source.getChecks(
        {},
        { signal: new AbortController().signal },
      );
      expect(checks[0].detail).toBe('no answer within 900 ms');
      expect(
        await messageOf(
          httpSourceFor(
            { h: { url: `${server.url}/health`, timeout: 1000 } },
            { root: { releaseReadiness: { collector: { timeout: 'PT1S' } } } },
          ),
        ),
      ).toBe(
        `${at(
          'h.timeout',
        )}: must be shorter than releaseReadiness.collector.timeout (1000 ms)`,
      );
      expect(
        await messageOf(
          httpSourceFor({
            h: { url: `${server.url}/health`, timeout: 'PT4.9S' },
          }),
        ),
      ).toBe('no error');
    });
  });
});
