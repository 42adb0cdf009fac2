import {
  DefaultGithubCredentialsProvider,
  ScmIntegrations,
} from '@backstage/integration';
import { ConfigReader } from '@backstage/config';
import page1 from '../__fixtures__/check-runs-page-1.json';
import page2 from '../__fixtures__/check-runs-page-2.json';
import combinedStatus from '../__fixtures__/combined-status.json';
import {
  sendJson,
  startTestServer,
  TestServer,
} from '@internal/backstage-plugin-release-readiness-node/testUtils';
import { GithubGateSource } from './GithubGateSource';

const TOKEN = 'ghp_canaryTokenThatMustNotLeak0000000000';
const NOW = Date.parse('2026-03-24T09:00:00Z');

describe('GithubGateSource', () => {
  let server: TestServer;

  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.close());

  function source() {
    const integrations = ScmIntegrations.fromConfig(
      new ConfigReader({
        integrations: {
          github: [
            { host: 'ghe.servanda.test', apiBaseUrl: server.url, token: TOKEN },
          ],
        },
      }),
    );
    return new GithubGateSource({
      environment: 'prod',
      host: 'ghe.servanda.test',
      apiBaseUrl: server.url,
      owner: 'servanda',
      repo: 'servanda',
      defaultRef: 'v1.8.0',
      credentials:
        DefaultGithubCredentialsProvider.fromIntegrations(integrations),
      now: () => NOW,
    });
  }

  function replayGithub() {
    server.handle((req, res) => {
      if (req.path === '/repos/servanda/servanda/commits/v1.8.0/check-runs') {
        const page = req.query.get('page') ?? '1';
        const next = `${server.url}/repos/servanda/servanda/commits/v1.8.0/check-runs?filter=latest&per_page=100&page=2`;
        return page === '1'
          ? sendJson(res, 200, page1, {
              link: `<${next}>; rel="next", <${next}>; rel="last"`,
            })
          : sendJson(res, 200, page2);
      }
      if (req.path === '/repos/servanda/servanda/commits/v1.8.0/status') {
        return sendJson(res, 200, combinedStatus);
      }
      return sendJson(res, 404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest',
        status: '404',
      });
    });
  }

  it('reads every page of check runs and the combined status, with the integration token', async () => {
    replayGithub();
    const result = await source().getChecks(
      {},
      { signal: new AbortController().signal },
    );

    expect(result.ref).toEqual({
      name: 'v1.8.0',
      sha: '9f3c2b7a1d4e5f60718293a4b5c6d7e8f9012345',
      url: 'https://ghe.servanda.test/servanda/servanda/commit/9f3c2b7a1d4e5f60718293a4b5c6d7e8f9012345',
    });
    expect(result.checks.map(c => [c.name, c.state, c.detail])).toEqual([
      ['docker-build', 'passed', 'skipped'],
      ['e2e-tests', 'pending', 'in_progress'],
      ['helm-lint', 'pending', 'Waiting for a runner'],
      // the check run passed, but a commit status of the same name failed: failure wins
      ['lint', 'failed', 'Trivy could not pull the image'],
      [
        'owasp-dependency-check',
        'passed',
        'OWASP Dependency Check: no findings above CVSS 7.0',
      ],
      ['trivy-scan', 'failed', 'failure'],
      ['unit-and-integration-tests', 'passed', 'success'],
    ]);
    expect(result.checks.find(c => c.name === 'trivy-scan')).toMatchObject({
      url: 'https://github.com/servanda/servanda/runs/104',
      at: '2026-03-24T08:14:30Z',
    });
    const runs = server.requests.filter(r => r.path.endsWith('/check-runs'));
    expect(runs.map(r => r.query.get('page') ?? '1')).toEqual(['1', '2']);
    expect(runs[0].query.get('filter')).toBe('latest');
    expect(
      server.requests.every(r => r.headers.authorization === `token ${TOKEN}`),
    ).toBe(true);
  });

  it('checks the ref a request names instead of the default', async () => {
    server.handle((req, res) =>
      req.path.endsWith('/check-runs')
        ? sendJson(res, 200, { total_count: 0, check_runs: [] })
        : sendJson(res, 200, {
            ...combinedStatus,
            statuses: [],
            total_count: 0,
          }),
    );
    const result = await source().getChecks(
      { ref: 'v1.9.0-rc.1' },
      { signal: new AbortController().signal },
    );
    expect(result.checks).toEqual([]);
    expect(server.requests.map(r => r.path)).toEqual(
      expect.arrayContaining([
        '/repos/servanda/servanda/commits/v1.9.0-rc.1/check-runs',
        '/repos/servanda/servanda/commits/v1.9.0-rc.1/status',
      ]),
    );
  });

  async function failure() {
    return source()
      .getChecks({}, { signal: new AbortController().signal })
      .catch(e => e);
  }

  it('reports bad credentials (401) without the token', async () => {
    server.handle((_req, res) =>
      sendJson(res, 401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
        status: '401',
      }),
    );
    const error = await failure();
    expect(error).toMatchObject({
      name: 'SourceUnavailableError',
      type: 'UNAUTHORIZED',
    });
    expect(error.message).toContain('servanda/servanda@v1.8.0 (HTTP 401)');
    expect(JSON.stringify({ m: error.message, s: error.stack })).not.toContain(
      TOKEN,
    );
  });

  it('honours the primary rate limit (403, x-ratelimit-remaining: 0) until x-ratelimit-reset', async () => {
    server.handle((_req, res) =>
      sendJson(
        res,
        403,
        {
          message: 'API rate limit exceeded for installation ID 4711.',
          documentation_url:
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        },
        {
          'x-ratelimit-limit': '5000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': '5000',
          'x-ratelimit-resource': 'core',
          'x-ratelimit-reset': String(NOW / 1000 + 900),
        },
      ),
    );
    expect(await failure()).toMatchObject({
      type: 'RATE_LIMITED',
      retryAfterMs: 900_000,
    });
  });

  it('honours a secondary rate limit (429 with retry-after)', async () => {
    server.handle((_req, res) =>
      sendJson(
        res,
        429,
        { message: 'You have exceeded a secondary rate limit.' },
        { 'retry-after': '60' },
      ),
    );
    expect(await failure()).toMatchObject({
      type: 'RATE_LIMITED',
      retryAfterMs: 60_000,
    });
  });

  it('reports 500 as SERVER_ERROR and an unknown ref as NOT_FOUND', async () => {
    server.handle((_req, res) =>
      sendJson(res, 500, { message: 'Server Error' }),
    );
    expect(await failure()).toMatchObject({ type: 'SERVER_ERROR' });
    server.handle((_req, res) =>
      sendJson(res, 422, {
        message: 'No commit found for SHA: v1.8.0',
        documentation_url: 'https://docs.github.com/rest/commits/statuses',
        status: '422',
      }),
    );
    expect(await failure()).toMatchObject({ type: 'NOT_FOUND' });
  });

  it('gives up when the collector aborts, and GitHub sees the connection close', async () => {
    server.handle(() => {
      // never answers
    });
    const controller = new AbortController();
    const pending = source().getChecks({}, { signal: controller.signal });
    await new Promise(r => setTimeout(r, 50));
    controller.abort(new Error('No answer within 5000 ms'));
    await expect(pending).rejects.toBeDefined();
    await Promise.all(server.requests.map(r => r.aborted));
  });

  it('passes a refused connection on with its network code', async () => {
    const url = server.url;
    await server.close();
    const integrations = ScmIntegrations.fromConfig(
      new ConfigReader({
        integrations: {
          github: [
            { host: 'ghe.servanda.test', apiBaseUrl: url, token: TOKEN },
          ],
        },
      }),
    );
    const gone = new GithubGateSource({
      environment: 'prod',
      host: 'ghe.servanda.test',
      apiBaseUrl: url,
      owner: 'servanda',
      repo: 'servanda',
      defaultRef: 'main',
      credentials:
        DefaultGithubCredentialsProvider.fromIntegrations(integrations),
    });
    const error = await gone
      .getChecks({}, { signal: new AbortController().signal })
      .catch(e => e);
    expect(error.code ?? error.cause?.code).toBe('ECONNREFUSED');
    server = await startTestServer(); // for afterEach
  });
});
