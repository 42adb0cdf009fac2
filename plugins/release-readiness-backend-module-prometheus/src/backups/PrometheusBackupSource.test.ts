import { mockServices } from '@backstage/backend-test-utils';
import {
  sendJson,
  startTestServer,
  TestServer,
} from '@release-readiness/plugin-release-readiness-node/testUtils';
import {
  backupSourceFor,
  rootWithServer,
} from '../__testUtils__/prometheusSourcesFor';

const NOW = Date.parse('2026-11-30T12:00:00Z');

describe('PrometheusBackupSource against degraded answers', () => {
  let upstream: TestServer;
  beforeEach(async () => {
    upstream = await startTestServer();
  });
  afterEach(() => upstream.close());

  const source = (server: object = {}, logger = mockServices.logger.mock()) =>
    backupSourceFor(
      rootWithServer(upstream.url, server),
      {
        prometheus: { server: 'main' },
        query: 'velero_backup_last_successful_timestamp{schedule="daily"}',
      },
      { now: () => NOW, logger, owner: 'team' },
    );
  const observe = async (server: object = {}) =>
    (await source(server)).observe({ signal: new AbortController().signal });

  it('queries at its clock and reads a scalar too', async () => {
    upstream.handle((_req, res) =>
      sendJson(res, 200, {
        status: 'success',
        data: { resultType: 'scalar', result: [0, String(NOW / 1000 - 3600)] },
      }),
    );
    expect(await observe()).toMatchObject({
      lastSuccessAt: '2026-11-30T11:00:00.000Z',
    });
    expect(upstream.requests[0].query.get('time')).toBe(String(NOW / 1000));
    expect(upstream.requests[0].query.get('query')).toBe(
      'velero_backup_last_successful_timestamp{schedule="daily"}',
    );
  });

  it('leaves the last success unknown when the answer has warnings (partial data)', async () => {
    upstream.handle((_req, res) =>
      sendJson(res, 200, {
        status: 'success',
        warnings: ['store 10.0.0.7 unavailable'],
        data: {
          resultType: 'vector',
          result: [{ metric: {}, value: [0, String(NOW / 1000)] }],
        },
      }),
    );
    expect(await observe()).toEqual({
      detail:
        'Prometheus main answered with warnings (partial data): the last success is unknown',
    });
  });

  it('does not believe a last success in the future', async () => {
    upstream.handle((_req, res) =>
      sendJson(res, 200, {
        status: 'success',
        data: {
          resultType: 'vector',
          result: [{ metric: {}, value: [0, String(NOW / 1000 + 86_400)] }],
        },
      }),
    );
    expect((await observe()).lastSuccessAt).toBeUndefined();
  });

  it('fails with our own errors: 503, refused, timeout', async () => {
    upstream.handle((_req, res) =>
      sendJson(res, 503, { status: 'error', errorType: 'timeout' }),
    );
    await expect(observe()).rejects.toMatchObject({ type: 'TIMEOUT' });
    upstream.handle(() => new Promise(() => {}));
    await expect(observe({ timeout: 200 })).rejects.toMatchObject({
      type: 'TIMEOUT',
      message: 'Prometheus main did not answer within 200 ms',
    });
    await upstream.requests[upstream.requests.length - 1].aborted;
    await upstream.close();
    await expect(observe()).rejects.toMatchObject({
      type: 'CONNECTION_REFUSED',
    });
  });
});
