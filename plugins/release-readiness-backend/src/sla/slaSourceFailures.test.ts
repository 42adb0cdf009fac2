import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  measured,
  objectives,
  releaseReadiness,
} from './__testUtils__/apiGatewaySla';
import type { TestMeasure } from './__testUtils__/slaTestModule';
import { startSlaBackend } from './__testUtils__/startSlaBackend';

/**
 * `GET /environments/:env/sla` through the real plugin when the source fails, hangs or warns,
 * when an environment has no SLA, and for bad requests: always an answer, never a 5xx, never a
 * result without proof, never the upstream's text.
 */

const counted: TestMeasure = async req => measured(req);

type Server = Parameters<typeof request>[0];
const sla = (server: Server, path = '/environments/prod/sla') =>
  request(server)
    .get(`/api/release-readiness${path}`)
    .set('Authorization', mockCredentials.user.header());

const statuses = (body: {
  services: { objectives: { id: string; status: string }[] }[];
}) => body.services[0].objectives.map(o => [o.id, o.status]);

describe('GET /environments/:env/sla without good data', () => {
  it('answers 200 with an unavailable source and every objective unknown when the source throws', async () => {
    const { server } = await startSlaBackend({
      releaseReadiness,
      measure: async () => {
        throw new Error(
          'query to http://reader:hunter2@prometheus:9090 failed: authorization: Bearer abcdef1234567890',
        );
      },
    });
    const res = await sla(server);
    expect(res.status).toBe(200);
    expect(res.body.source).toMatchObject({
      name: 'test-sla:prod',
      status: 'unavailable',
    });
    expect(statuses(res.body)).toEqual(
      Object.keys(objectives).map(id => [id, 'unknown']),
    );
    expect(res.body.services[0].status).toBe('unknown');
    expect(res.body.services[0].errorBudget.remaining).toBeNull();
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('abcdef1234567890');
  });

  it('gives up on a source that hangs after the collector timeout', async () => {
    const signals: AbortSignal[] = [];
    const { server } = await startSlaBackend({
      releaseReadiness,
      collector: { timeout: { milliseconds: 300 } },
      measure: (_req, { signal }) => {
        signals.push(signal);
        return new Promise(() => {}); // never answers, ignores the signal
      },
    });
    const started = Date.now();
    const res = await sla(server);
    const took = Date.now() - started;
    expect(res.status).toBe(200);
    expect(took).toBeGreaterThanOrEqual(250);
    expect(took).toBeLessThan(4_000); // well under the default 5 s timeout
    expect(res.body.source).toMatchObject({
      status: 'unavailable',
      error: { type: 'TIMEOUT' },
    });
    expect(statuses(res.body).every(([, s]) => s === 'unknown')).toBe(true);
    expect(signals).toHaveLength(1);
    expect(signals[0].aborted).toBe(true);
  });

  it('makes every result unknown on upstream warnings and passes on only their number', async () => {
    const warnings = [
      'query hit the sample limit near shard-7.internal.example',
      'partial response from store gateway zone-b',
    ];
    const { server } = await startSlaBackend({
      releaseReadiness,
      measure: async req => ({ ...measured(req), warnings }),
    });
    const res = await sla(server);
    expect(res.status).toBe(200);
    expect(res.body.warnings).toBe(2);
    expect(res.body.source.status).toBe('ok');
    expect(statuses(res.body)).toEqual(
      Object.keys(objectives).map(id => [id, 'unknown']),
    );
    expect(res.body.services[0].errorBudget.remaining).toBeNull();
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('shard-7');
    expect(text).not.toContain('store gateway');
  });

  it('says NOT_CONFIGURED for an environment without sla, and refuses bad requests', async () => {
    const { server, requests } = await startSlaBackend({
      releaseReadiness,
      measure: counted,
    });
    const stage = await sla(server, '/environments/stage/sla');
    expect(stage.status).toBe(200);
    expect(stage.body).toMatchObject({
      environment: 'stage',
      services: [],
      source: { status: 'unavailable', error: { type: 'NOT_CONFIGURED' } },
    });

    const unknownEnv = await sla(server, '/environments/qa/sla');
    expect(unknownEnv.status).toBe(404);
    expect(unknownEnv.body.error.name).toBe('NotFoundError');

    const query = await sla(server, '/environments/prod/sla?window=P7D');
    expect(query.status).toBe(400);
    expect(query.body.error.message).toBe(
      "Invalid query parameter 'window': unknown parameter",
    );

    const unsigned = await request(server)
      .get('/api/release-readiness/environments/prod/sla')
      .set('Authorization', mockCredentials.none.header());
    expect(unsigned.status).toBe(401);
    expect(requests).toEqual([]);
  });
});
