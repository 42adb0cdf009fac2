import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ApiException } from '@kubernetes/client-node';
import type { WorkloadSource } from '@release-readiness/plugin-release-readiness-node';
import {
  demoTls,
  KubernetesTestServer,
} from '@release-readiness/kubernetes-test-cluster';
import { createKubernetesWorkloadSourceFactory } from './createKubernetesWorkloadSourceFactory';
import { toSourceError } from './toSourceError';

const TOKEN = 'canary-token-6c2d8e';
const tls = demoTls();
const what = { resource: 'deployments', namespace: 'servanda-stage' };
const NOW = Date.parse('2026-03-10T12:00:00Z');

function throttled(headers: Record<string, string>, body: object = {}) {
  return toSourceError(
    new ApiException(429, 'Too Many Requests', JSON.stringify(body), headers),
    what,
    () => NOW,
  );
}

describe('toSourceError', () => {
  describe('through the real client against the test API server', () => {
    let server: KubernetesTestServer;
    let source: WorkloadSource;

    beforeEach(async () => {
      server = await KubernetesTestServer.start({
        objects: [],
        token: TOKEN,
        tls,
      });
      source = createKubernetesWorkloadSourceFactory(new Map()).create({
        environment: 'stage',
        system: 'servanda',
        keyPrefix: 'releaseReadiness.environments.stage',
        owner: 'platform',
        config: new ConfigReader({
          kubernetes: {
            namespace: 'servanda-stage',
            url: server.url,
            caData: Buffer.from(tls.ca).toString('base64'),
            auth: { type: 'serviceAccount', token: TOKEN },
          },
        }),
        logger: mockServices.logger.mock(),
      }) as WorkloadSource;
    });
    afterEach(() => server.stop());

    const list = () =>
      source.listWorkloads({ signal: new AbortController().signal });

    it.each([
      ['a reasonable Retry-After as it is', 42, 42_000],
      ['"retry in 10 years" at 15 min', 10 * 365 * 24 * 3600, 900_000],
      ['a negative Retry-After at 1 s', -30, 1_000],
      ['a zero Retry-After at 1 s', 0, 1_000],
    ])('keeps %s', async (_name, seconds, expected) => {
      await server.setFault({
        type: 'status',
        status: 429,
        retryAfterSeconds: seconds,
      });
      await expect(list()).rejects.toMatchObject({
        name: 'SourceUnavailableError',
        type: 'RATE_LIMITED',
        retryAfterMs: expected,
        message: expect.stringContaining(
          `retry after ${Math.ceil(expected / 1000)} s`,
        ),
      });
    });

    it('leaves a malformed Retry-After to the collector’s default back-off', async () => {
      await server.setFault({
        type: 'status',
        status: 429,
        retryAfterSeconds: Number.NaN,
      });
      const error = await list().catch(e => e);
      expect(error).toMatchObject({ type: 'RATE_LIMITED' });
      expect(error.retryAfterMs).toBeUndefined();
      expect(error.message).not.toContain('retry after');
    });

    it.each([
      [
        401,
        'UNAUTHORIZED',
        /^The API server rejected the credentials \(HTTP 401\) listing /,
      ],
      [
        403,
        'FORBIDDEN',
        /^Not allowed to list \w+ in namespace servanda-stage \(HTTP 403\)/,
      ],
      [404, 'BAD_RESPONSE', /^The API server answered HTTP 404 listing /],
      [409, 'BAD_RESPONSE', /^The API server answered HTTP 409 listing /],
      [502, 'SERVER_ERROR', /^The API server answered HTTP 502 listing /],
    ])(
      'types HTTP %i as %s, naming the resource',
      async (status, type, message) => {
        await server.setFault({ type: 'status', status });
        const error = await list().catch(e => e);
        expect(error).toMatchObject({ name: 'SourceUnavailableError', type });
        expect(error.message).toMatch(message);
        expect(error.message).not.toContain('system:serviceaccount');
        expect(error.retryAfterMs).toBeUndefined();
      },
    );

    it('does not echo the Status body of a failure', async () => {
      await server.setFault({ type: 'status', status: 403 });
      const error = await list().catch(e => e);
      expect(error).toMatchObject({ type: 'FORBIDDEN' });
      expect(error.message).not.toContain('system:serviceaccount');
    });
  });

  it('reads an HTTP-date Retry-After relative to now, clamped', () => {
    expect(
      throttled({ 'retry-after': new Date(NOW + 90_000).toUTCString() }),
    ).toMatchObject({ retryAfterMs: 90_000 });
    expect(
      throttled({ 'retry-after': 'Wed, 21 Oct 2015 07:28:00 GMT' }),
    ).toMatchObject({ retryAfterMs: 1_000 });
    expect(
      throttled({ 'retry-after': 'Fri, 01 Jan 2100 00:00:00 GMT' }),
    ).toMatchObject({ retryAfterMs: 900_000 });
  });

  it('falls back to the Status body when the header is missing or malformed', () => {
    expect(throttled({}, { details: { retryAfterSeconds: 7 } })).toMatchObject({
      retryAfterMs: 7_000,
    });
    expect(
      throttled(
        { 'retry-after': 'soon' },
        { details: { retryAfterSeconds: 1e12 } },
      ),
    ).toMatchObject({ retryAfterMs: 900_000 });
    expect(
      (throttled({ 'retry-after': 'soon' }) as { retryAfterMs?: number })
        .retryAfterMs,
    ).toBeUndefined();
  });
});
