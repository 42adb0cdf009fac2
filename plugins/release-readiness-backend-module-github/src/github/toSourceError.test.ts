import { Octokit } from '@octokit/rest';
import {
  sendJson,
  startTestServer,
  TestServer,
} from '@release-readiness/plugin-release-readiness-node/testUtils';
import { toSourceError } from './toSourceError';

const NOW = Date.parse('2026-03-24T09:00:00Z');
const WHAT = 'servanda/servanda@v1.8.0';

describe('toSourceError (GitHub)', () => {
  let server: TestServer;

  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.close());

  /** What the real Octokit throws for the test server's answer, turned into our error. */
  async function errorFor(
    status: number,
    headers: Record<string, string>,
    body: object = { message: 'API rate limit exceeded' },
  ) {
    server.handle((_req, res) => sendJson(res, status, body, headers));
    const octokit = new Octokit({
      baseUrl: server.url,
      retry: { enabled: false },
    });
    const thrown = await octokit.rest.repos
      .getCombinedStatusForRef({
        owner: 'servanda',
        repo: 'servanda',
        ref: 'v1.8.0',
      })
      .then(
        () => {
          throw new Error('Octokit did not throw');
        },
        (e: unknown) => e,
      );
    return toSourceError(thrown, WHAT, () => NOW) as Error & {
      type?: string;
      retryAfterMs?: number;
    };
  }

  it.each([
    ['a sensible retry-after as it is', { 'retry-after': '60' }, 60_000],
    [
      'a retry-after of 10 years at 15 min',
      { 'retry-after': String(10 * 365 * 86_400) },
      900_000,
    ],
    ['a negative retry-after at 1 s', { 'retry-after': '-120' }, 1_000],
    [
      'an HTTP-date retry-after relative to now',
      { 'retry-after': new Date(NOW + 120_000).toUTCString() },
      120_000,
    ],
    [
      'a malformed retry-after at the default 60 s',
      { 'retry-after': 'later' },
      60_000,
    ],
  ])('429: keeps %s', async (_name, headers, expected) => {
    const error = await errorFor(429, headers);
    expect(error).toMatchObject({
      name: 'SourceUnavailableError',
      type: 'RATE_LIMITED',
      retryAfterMs: expected,
      message: `GitHub rate limit reached for ${WHAT}; next call in ${
        expected / 1000
      } s`,
    });
  });

  it.each([
    ['a reset in 5 min', String(NOW / 1000 + 300), 300_000],
    ['a reset in a year at 15 min', String(NOW / 1000 + 365 * 86_400), 900_000],
    ['a reset in the past at 1 s', String(NOW / 1000 - 3600), 1_000],
    ['a malformed reset at the default 60 s', 'tomorrow', 60_000],
  ])(
    '403 with no requests remaining: reads %s',
    async (_name, reset, expected) => {
      const error = await errorFor(403, {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': reset,
      });
      expect(error).toMatchObject({
        type: 'RATE_LIMITED',
        retryAfterMs: expected,
      });
    },
  );

  it('treats a 403 with retry-after (a secondary limit) as RATE_LIMITED', async () => {
    const error = await errorFor(403, {
      'x-ratelimit-remaining': '4999',
      'retry-after': '30',
    });
    expect(error).toMatchObject({ type: 'RATE_LIMITED', retryAfterMs: 30_000 });
  });

  it.each([
    [401, 'UNAUTHORIZED'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [422, 'NOT_FOUND'],
    [409, 'BAD_RESPONSE'],
    [502, 'SERVER_ERROR'],
  ])(
    'types HTTP %i as %s with our message, not the body',
    async (status, type) => {
      const error = await errorFor(
        status,
        {},
        { message: 'No commit found for SHA: ghp_leaky0000' },
      );
      expect(error).toMatchObject({ name: 'SourceUnavailableError', type });
      expect(error.message).toContain(`HTTP ${status}`);
      expect(error.message).toContain(WHAT);
      expect(error.message).not.toContain('ghp_leaky0000');
      expect(error).not.toHaveProperty('retryAfterMs', expect.anything());
    },
  );

  it('treats a plain 403 as FORBIDDEN without echoing the body', async () => {
    const error = await errorFor(
      403,
      { 'x-ratelimit-remaining': '4999' },
      { message: 'Resource not accessible by integration ghp_leaky0000' },
    );
    expect(error.type).toBe('FORBIDDEN');
    expect(error.message).not.toContain('ghp_leaky0000');
  });
});
