import {
  DEPLOY,
  servandaRepository,
  TOKEN,
} from '../__testUtils__/servandaRollback';
import { GithubActionsTestServer } from './GithubActionsTestServer';
import { matchesCreatedFilter } from './matchesCreatedFilter';

const REPO = '/repos/servanda/servanda';

describe('GithubActionsTestServer', () => {
  let server: GithubActionsTestServer;

  afterEach(() => server?.close());

  async function start(
    overrides: Parameters<typeof servandaRepository>[0] = {},
  ) {
    server = await GithubActionsTestServer.start(servandaRepository(overrides));
  }

  async function api(
    method: string,
    path: string,
    body?: unknown,
    auth: string | null = `Bearer ${TOKEN}`,
  ) {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        ...(auth && { authorization: auth }),
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      json: text ? JSON.parse(text) : undefined,
    };
  }

  const dispatch = (body: unknown, workflow = 'deploy.yml') =>
    api('POST', `${REPO}/actions/workflows/${workflow}/dispatches`, body);

  it('asks for the token, and counts every answered request against the rate limit', async () => {
    await start({ rateLimitRemaining: 2 });
    const anonymous = await api('GET', `${REPO}/releases`, undefined, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.message).toBe('Requires authentication');
    expect(
      (await api('GET', `${REPO}/releases`, undefined, 'token nope')).json,
    ).toMatchObject({ message: 'Bad credentials', status: '401' });
    const first = await api('GET', `${REPO}/releases`);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-ratelimit-remaining')).toBe('1');
    expect(first.headers.get('x-ratelimit-limit')).toBe('5000');
    expect(Number(first.headers.get('x-ratelimit-reset'))).toBeGreaterThan(
      Date.now() / 1000,
    );
    await api('GET', `${REPO}/tags`, undefined, `token ${TOKEN}`);
    const limited = await api('GET', `${REPO}/releases`);
    expect(limited.status).toBe(403);
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(server.requests.map(r => r.path)).toEqual(
      Array(5).fill(`${REPO}/releases`).fill(`${REPO}/tags`, 3, 4),
    );
  });

  it('validates dispatches against the workflow as GitHub does', async () => {
    await start({
      workflows: [
        DEPLOY,
        { id: 7, path: '.github/workflows/ci.yml', name: 'CI' },
        {
          ...DEPLOY,
          id: 8,
          path: '.github/workflows/old.yml',
          state: 'disabled_manually',
        },
      ],
    });
    const ok = {
      ref: 'main',
      inputs: { version: '1.7.3', environment: 'prod' },
    };
    const cases: [unknown, string, number, string][] = [
      [
        { inputs: ok.inputs },
        'deploy.yml',
        422,
        `Invalid request.\n\n"ref" wasn't supplied.`,
      ],
      [{ ...ok, ref: 'nope' }, 'deploy.yml', 422, 'No ref found for: nope'],
      [
        { ...ok, inputs: { ...ok.inputs, x: '1' } },
        'deploy.yml',
        422,
        'Unexpected inputs provided: ["x"]',
      ],
      [
        { ...ok, inputs: { version: '1' } },
        'deploy.yml',
        422,
        "Required input 'environment' not provided",
      ],
      [
        { ...ok, inputs: { ...ok.inputs, environment: 'qa' } },
        'deploy.yml',
        422,
        "Provided value 'qa' for input 'environment' not in the list of allowed values",
      ],
      [ok, 'ci.yml', 422, "Workflow does not have 'workflow_dispatch' trigger"],
      [
        ok,
        'old.yml',
        422,
        "Cannot trigger a 'workflow_dispatch' on a disabled workflow",
      ],
      [
        { ...ok, debug: true },
        'deploy.yml',
        400,
        'Invalid request.\n\n"debug" is not a permitted key.',
      ],
      [ok, 'missing.yml', 404, 'Not Found'],
    ];
    for (const [body, workflow, status, message] of cases) {
      const answer = await dispatch(body, workflow);
      expect([answer.status, answer.json?.message]).toEqual([status, message]);
      expect(answer.json.documentation_url).toMatch(
        /^https:\/\/docs\.github\.com\/rest/,
      );
    }
    expect(server.runs).toEqual([]);
    expect((await dispatch(ok)).status).toBe(204);
    expect(
      (await dispatch({ ...ok, ref: 'refs/tags/v1.8.0' }, '161335')).status,
    ).toBe(204);
    expect(server.dispatches).toEqual([
      { workflowId: 161335, ref: 'main', inputs: ok.inputs },
      { workflowId: 161335, ref: 'v1.8.0', inputs: ok.inputs },
    ]);
    expect(server.requests.at(-1)?.body).toEqual({
      ...ok,
      ref: 'refs/tags/v1.8.0',
    });
  });

  it('answers the run on return_run_details only where supported', async () => {
    await start();
    const ok = {
      ref: 'main',
      inputs: { version: '1', environment: 'dev' },
      return_run_details: true,
    };
    const answer = await dispatch(ok);
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      workflow_run_id: server.runs[0].id,
      run_url: `${server.url}${REPO}/actions/runs/${server.runs[0].id}`,
      html_url: `https://github.com/servanda/servanda/actions/runs/${server.runs[0].id}`,
    });
    await server.close();
    await start({ supportsRunDetails: false });
    expect((await dispatch(ok)).status).toBe(400);
    expect(server.runs).toEqual([]);
  });

  it('shows a dispatched run after the configured list calls and moves it on per look', async () => {
    await start({
      runs: {
        hiddenForListCalls: 1,
        queued: 1,
        inProgress: 1,
        conclusion: 'failure',
      },
    });
    await dispatch({
      ref: 'main',
      inputs: { version: '1', environment: 'dev' },
    });
    const list = () =>
      api(
        'GET',
        `${REPO}/actions/workflows/deploy.yml/runs?event=workflow_dispatch`,
      );
    expect((await list()).json).toEqual({ total_count: 0, workflow_runs: [] });
    const listed = (await list()).json;
    expect(listed.total_count).toBe(1);
    expect(listed.workflow_runs[0]).toMatchObject({
      id: server.runs[0].id,
      event: 'workflow_dispatch',
      head_branch: 'main',
      status: 'queued',
      conclusion: null,
      workflow_id: 161335,
      path: '.github/workflows/deploy.yml',
    });
    expect(listed.workflow_runs[0].created_at).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/,
    );
    const look = async () => {
      const { json } = await api(
        'GET',
        `${REPO}/actions/runs/${server.runs[0].id}`,
      );
      return [json.status, json.conclusion];
    };
    expect([await look(), await look(), await look()]).toEqual([
      ['queued', null],
      ['in_progress', null],
      ['completed', 'failure'],
    ]);
    expect(
      (await api('POST', `${REPO}/actions/runs/${server.runs[0].id}/cancel`))
        .status,
    ).toBe(409);
  });

  it('filters runs by event, branch and created, newest first, and cancels one in progress', async () => {
    await start();
    const hourAgo = new Date(Date.now() - 3_600_000);
    const old = server.addRun({
      workflowId: 161335,
      ref: 'main',
      createdAt: hourAgo,
    });
    const push = server.addRun({
      workflowId: 161335,
      ref: 'main',
      event: 'push',
    });
    const tag = server.addRun({ workflowId: 161335, ref: 'v1.8.0' });
    const since = new Date(Date.now() - 60_000)
      .toISOString()
      .replace(/\.\d+Z$/, 'Z');
    const ids = async (query: string) =>
      (
        await api('GET', `${REPO}/actions/workflows/161335/runs?${query}`)
      ).json.workflow_runs.map((r: { id: number }) => r.id);
    expect(await ids('')).toEqual([tag.id, push.id, old.id]);
    expect(await ids('event=workflow_dispatch')).toEqual([tag.id, old.id]);
    expect(
      await ids(
        `event=workflow_dispatch&created=${encodeURIComponent(`>=${since}`)}`,
      ),
    ).toEqual([tag.id]);
    expect(await ids('branch=main&event=workflow_dispatch')).toEqual([old.id]);
    expect(
      (await api('POST', `${REPO}/actions/runs/${tag.id}/cancel`)).status,
    ).toBe(202);
    const { json } = await api('GET', `${REPO}/actions/runs/${tag.id}`);
    expect([json.status, json.conclusion]).toEqual(['completed', 'cancelled']);
  });

  it('pages releases with a link header', async () => {
    await start({
      releases: Array.from({ length: 5 }, (_, i) => ({ tag: `v1.0.${i}` })),
    });
    const first = await api('GET', `${REPO}/releases?per_page=2`);
    expect(first.json.map((r: { tag_name: string }) => r.tag_name)).toEqual([
      'v1.0.0',
      'v1.0.1',
    ]);
    expect(first.headers.get('link')).toBe(
      `<${server.url}${REPO}/releases?per_page=2&page=2>; rel="next", <${server.url}${REPO}/releases?per_page=2&page=3>; rel="last"`,
    );
    const last = await api('GET', `${REPO}/releases?per_page=2&page=3`);
    expect(last.json).toHaveLength(1);
    expect(last.headers.get('link')).toContain('rel="prev"');
    expect((await api('GET', '/repos/other/repo/releases')).status).toBe(404);
  });
});

describe('matchesCreatedFilter', () => {
  const at = new Date('2026-03-24T09:00:00.400Z');
  it.each([
    ['>=2026-03-24T09:00:00Z', true],
    ['>2026-03-24T09:00:00Z', false],
    ['<=2026-03-24T09:00:00Z', true],
    ['<2026-03-24T09:00:01Z', true],
    ['2026-03-24', true],
    ['2026-03-23', false],
    ['2026-03-24T08:00:00Z..2026-03-24T09:00:00Z', true],
    ['2026-03-24T09:00:01Z..2026-03-24T10:00:00Z', false],
    ['yesterday', false],
  ])('%s → %s', (filter, expected) => {
    expect(matchesCreatedFilter(at, filter)).toBe(expected);
  });
});
