import { ConfigReader } from '@backstage/config';
import { SourceUnavailableError } from '@release-readiness/plugin-release-readiness-node';
import {
  sendJson,
  startTestServer,
  TestServer,
} from '@release-readiness/plugin-release-readiness-node/testUtils';
import { rootWithServer } from '../__testUtils__/prometheusSourcesFor';
import { readPrometheusServers } from '../config/readPrometheusServers';
import { PrometheusClient } from './PrometheusClient';

const TOKEN = 'prom-canary-token-7f3a';
const NOW = Date.parse('2026-11-30T12:00:00Z');

describe('PrometheusClient', () => {
  let upstream: TestServer;
  beforeEach(async () => {
    upstream = await startTestServer();
  });
  afterEach(() => upstream.close());

  const client = (server: object = {}) => {
    const servers = readPrometheusServers(
      new ConfigReader(
        rootWithServer(upstream.url, {
          auth: { type: 'basic', username: 'board', password: TOKEN },
          ...server,
        }),
      ),
    );
    return new PrometheusClient(servers.get('main')!, { now: () => NOW });
  };
  const failure = () =>
    client()
      .query('up{job="x"}', NOW, new AbortController().signal)
      .then(
        () => {
          throw new Error('expected a failure');
        },
        (error: unknown) => error,
      );

  it('asks GET /api/v1/query with the basic credentials, the time and the timeout', async () => {
    upstream.handle((_req, res) =>
      sendJson(res, 200, {
        status: 'success',
        warnings: ['w'],
        data: {
          resultType: 'vector',
          result: [{ metric: { le: '+Inf' }, value: [1, '+Inf'] }],
        },
      }),
    );
    const answer = await client({ timeout: 2500 }).query(
      'up{job="x"}',
      NOW,
      new AbortController().signal,
    );
    expect(answer).toEqual({
      warnings: ['w'],
      data: {
        type: 'vector',
        samples: [{ labels: { le: '+Inf' }, value: Infinity }],
      },
    });
    const [req] = upstream.requests;
    expect(req.method).toBe('GET');
    expect(req.path).toBe('/api/v1/query');
    expect(Object.fromEntries(req.query)).toEqual({
      query: 'up{job="x"}',
      time: String(NOW / 1000),
      timeout: '2500ms',
    });
    expect(req.headers.authorization).toBe(
      `Basic ${Buffer.from(`board:${TOKEN}`).toString('base64')}`,
    );
  });

  it('is CONNECTION_REFUSED when Prometheus is down', async () => {
    await upstream.close();
    const error = await failure();
    expect(error).toBeInstanceOf(SourceUnavailableError);
    expect(error).toMatchObject({
      type: 'CONNECTION_REFUSED',
      message: 'Prometheus main: connection refused',
    });
  });

  it('is TIMEOUT for a 503 of its own query timeout, in our words', async () => {
    upstream.handle((_req, res) =>
      sendJson(res, 503, {
        status: 'error',
        errorType: 'timeout',
        error: `query timed out: ${TOKEN}`,
      }),
    );
    expect(await failure()).toMatchObject({
      type: 'TIMEOUT',
      message:
        'Prometheus main timed out or aborted the query (HTTP 503 timeout)',
    });
  });

  it('is SERVER_ERROR for another 503 (e.g. a proxy)', async () => {
    upstream.handle((_req, res) => {
      res.writeHead(503, { 'content-type': 'text/html' });
      res.end(`<h1>Service Unavailable</h1> upstream ${TOKEN}`);
    });
    expect(await failure()).toMatchObject({
      type: 'SERVER_ERROR',
      message: 'Prometheus main is unavailable (HTTP 503)',
    });
  });

  it('is BAD_RESPONSE for a 422 and never passes on its text, which quotes the query', async () => {
    upstream.handle((req, res) =>
      sendJson(res, 422, {
        status: 'error',
        errorType: 'execution',
        error: `cannot execute ${req.query.get('query')}`,
      }),
    );
    const error = await failure();
    expect(error).toMatchObject({
      type: 'BAD_RESPONSE',
      message:
        'Prometheus main could not execute the query (HTTP 422 execution)',
    });
    expect(String((error as Error).message)).not.toContain('job');
  });

  it('names an unknown errorType not at all', async () => {
    upstream.handle((_req, res) =>
      sendJson(res, 400, { status: 'error', errorType: TOKEN }),
    );
    expect(await failure()).toMatchObject({
      type: 'BAD_RESPONSE',
      message: 'Prometheus main refused the query as invalid (HTTP 400)',
    });
  });

  it('is UNAUTHORIZED for a 401 and never shows the credentials', async () => {
    upstream.handle((req, res) =>
      sendJson(res, 401, { error: `bad ${req.headers.authorization}` }),
    );
    const error = await failure();
    expect(error).toMatchObject({ type: 'UNAUTHORIZED' });
    expect(String((error as Error).message)).toContain(
      'releaseReadiness.prometheus.servers.main.auth',
    );
    expect(String((error as Error).message)).not.toContain(TOKEN);
  });

  it('is RATE_LIMITED for a 429, waiting as Retry-After says', async () => {
    upstream.handle((_req, res) =>
      sendJson(res, 429, {}, { 'retry-after': '120' }),
    );
    expect(await failure()).toMatchObject({
      type: 'RATE_LIMITED',
      retryAfterMs: 120_000,
    });
  });

  it('is BAD_RESPONSE for an answer that is not the API JSON or not the asked result type', async () => {
    upstream.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>login</html>');
    });
    expect(await failure()).toMatchObject({
      type: 'BAD_RESPONSE',
      message:
        'The answer of Prometheus main is not a successful Prometheus API answer',
    });
    upstream.handle((_req, res) =>
      sendJson(res, 200, {
        status: 'success',
        data: { resultType: 'matrix', result: [] },
      }),
    );
    expect(await failure()).toMatchObject({
      type: 'BAD_RESPONSE',
      message:
        'The answer of Prometheus main does not hold the expected result type',
    });
  });

  it('makes upstream text fit for a log line: credentials replaced, one line, bounded', () => {
    const c = client();
    const header = `Basic ${Buffer.from(`board:${TOKEN}`).toString('base64')}`;
    expect(c.loggable(`a ${TOKEN}\nb ${header}`)).toBe('a *** b ***');
    expect(c.loggable('x'.repeat(400))).toHaveLength(301);
  });
});
