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
} from '@release-readiness/plugin-release-readiness-node/testUtils';
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
    expect(
      result.checks.map(c => [c.name, c.producer, c.state, c.detail]),
    ).toEqual([
      ['docker-build', 'app:github-actions', 'skipped', 'skipped'],
      ['e2e-tests', 'app:github-actions', 'pending', 'in_progress'],
      ['helm-lint', 'status', 'pending', 'Waiting for a runner'],
      // a check run and a commit status of the same name stay apart: the gate picks
      ['lint', 'app:github-actions', 'passed', 'success'],
      ['lint', 'status', 'failed', 'Trivy could not pull the image'],
      [
        'owasp-dependency-check',
        'status',
        'passed',
        'OWASP Dependency Check: no findings above CVSS 7.0',
      ],
      ['trivy-scan', 'app:github-actions', 'failed', 'failure'],
      ['unit-and-integration-tests', 'app:github-actions', 'passed', 'success'],
    ]);
    expect(result.checks.find(c => c.name === 'docker-build')).toMatchObject({
      conclusion: 'skipped',
    });
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

  it('maps every conclusion, keeps producers apart and lets the worst result of one producer win', async () => {
    const run = (
      id: number,
      name: string,
      status: string,
      conclusion: string | null,
      app: { slug: string } | null = { slug: 'github-actions' },
    ) => ({
      ...page1.check_runs[0],
      id,
      name,
      status,
      conclusion,
      app: app && { ...page1.check_runs[0].app, ...app },
      html_url: `https://github.com/servanda/servanda/runs/${id}`,
    });
    const runs = [
      run(1, 'lint', 'completed', 'success'),
      run(2, 'lint', 'completed', 'success', { slug: 'lint-bot' }),
      run(3, 'docs', 'completed', 'neutral'),
      run(4, 'docker-build', 'completed', 'skipped'),
      run(5, 'trivy-scan', 'completed', 'failure'),
      run(6, 'owasp', 'completed', 'cancelled'),
      run(7, 'e2e', 'completed', 'timed_out'),
      run(8, 'deploy-preview', 'completed', 'action_required'),
      run(9, 'nightly', 'completed', 'stale'),
      run(10, 'flaky', 'completed', null),
      run(11, 'helm-lint', 'queued', null),
      run(12, 'smoke', 'waiting', null),
      run(13, 'build', 'completed', 'success'),
      run(14, 'build', 'completed', 'FAILURE'),
      run(15, 'sbom', 'completed', 'success', null),
    ];
    const status = (context: string, state: string, login?: string) => ({
      ...combinedStatus.statuses[0],
      context,
      state,
      description: `${context} ${state}`,
      ...(login && { creator: { login, id: 1, type: 'Bot' } }),
    });
    server.handle((req, res) =>
      req.path.endsWith('/check-runs')
        ? sendJson(res, 200, { total_count: runs.length, check_runs: runs })
        : sendJson(res, 200, {
            ...combinedStatus,
            statuses: [
              status('deploy-check', 'success', 'deploy-bot'),
              status('deploy-check', 'failure'),
              status('license', 'error'),
            ],
          }),
    );
    const result = await source().getChecks(
      {},
      { signal: new AbortController().signal },
    );
    expect(
      result.checks.map(c => [c.name, c.producer, c.state, c.conclusion]),
    ).toEqual([
      ['build', 'app:github-actions', 'failed', 'failure'],
      ['deploy-check', 'status', 'failed', 'failure'],
      ['deploy-check', 'status:deploy-bot', 'passed', 'success'],
      ['deploy-preview', 'app:github-actions', 'failed', 'action_required'],
      ['docker-build', 'app:github-actions', 'skipped', 'skipped'],
      ['docs', 'app:github-actions', 'skipped', 'neutral'],
      ['e2e', 'app:github-actions', 'failed', 'timed_out'],
      ['flaky', 'app:github-actions', 'failed', undefined],
      ['helm-lint', 'app:github-actions', 'pending', undefined],
      ['license', 'status', 'failed', 'error'],
      ['lint', 'app:github-actions', 'passed', 'success'],
      ['lint', 'app:lint-bot', 'passed', 'success'],
      ['nightly', 'app:github-actions', 'failed', 'stale'],
      ['owasp', 'app:github-actions', 'failed', 'cancelled'],
      ['sbom', 'app', 'passed', 'success'],
      ['smoke', 'app:github-actions', 'pending', undefined],
      ['trivy-scan', 'app:github-actions', 'failed', 'failure'],
    ]);
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
