import { mockCredentials } from '@backstage/backend-test-utils';
import type { SlaMeasureRequest } from '@release-readiness/plugin-release-readiness-node';
import request from 'supertest';
import { startSlaBackend } from './__testUtils__/startSlaBackend';

/**
 * The `error-budget` precondition of readiness, read from the SLA service through the real
 * plugin: the budget left is worked out by hand from the counts the test source answers.
 */

const releaseReadiness = {
  environments: {
    prod: {
      title: 'Production',
      order: 3,
      sla: {
        source: 'test',
        services: {
          'api-gateway': {
            selector: 'service="api-gateway"',
            objectives: {
              availability: {
                kind: 'availability',
                target: 0.999,
                window: 'P30D',
              },
            },
          },
        },
      },
      readiness: {
        preconditions: {
          budget: {
            type: 'error-budget',
            title: 'Error budget left',
            minRemaining: 0.25,
          },
        },
      },
    },
  },
};

/** One million requests in every window, `errors` of them failed. */
const withErrors = (errors: number) => async (req: SlaMeasureRequest) => ({
  services: req.services.map(s => ({
    service: s.name,
    windows: s.windows.map(window => ({
      window,
      total: 1_000_000,
      errors,
    })),
  })),
});

type Server = Parameters<typeof request>[0];
async function readiness(server: Server) {
  const res = await request(server)
    .get('/api/release-readiness/environments/prod/readiness')
    .set('Authorization', mockCredentials.user.header());
  expect(res.status).toBe(200);
  const item = res.body.items.find((i: { id: string }) => i.id === 'budget');
  return { verdict: res.body.verdict, item };
}

describe('the error-budget precondition', () => {
  it('passes with more than minRemaining of the budget left', async () => {
    // 500 of 1,000,000 failed: (0.001 − 0.0005) / 0.001 = 50% left ≥ 25%
    const { server } = await startSlaBackend({
      releaseReadiness,
      measure: withErrors(500),
    });
    const { verdict, item } = await readiness(server);
    expect(item).toMatchObject({
      kind: 'error-budget',
      status: 'pass',
      evidence: [
        {
          label: 'api-gateway/availability',
          value: '50% of the error budget left',
          status: 'pass',
        },
      ],
      source: { name: 'test-sla:prod', status: 'ok' },
    });
    expect(verdict).toBe('ready');
  });

  it('fails and blocks with less than minRemaining left', async () => {
    // 900 of 1,000,000 failed: (0.001 − 0.0009) / 0.001 = 10% left < 25%
    const { server } = await startSlaBackend({
      releaseReadiness,
      measure: withErrors(900),
    });
    const { verdict, item } = await readiness(server);
    expect(item.status).toBe('fail');
    expect(item.evidence).toEqual([
      expect.objectContaining({
        label: 'api-gateway/availability',
        value: '10% of the error budget left',
        status: 'fail',
      }),
    ]);
    expect(item.reason).toContain('api-gateway/availability');
    expect(verdict).toBe('blocked');
  });

  it('is unknown, never ready, when the SLA source is unavailable', async () => {
    const { server } = await startSlaBackend({
      releaseReadiness,
      measure: async () => {
        throw new Error('Prometheus is down');
      },
    });
    const { verdict, item } = await readiness(server);
    expect(item.status).toBe('unknown');
    expect(item.source).toMatchObject({ status: 'unavailable' });
    expect(verdict).not.toBe('ready');
    expect(verdict).toBe('unknown');
  });

  it('is unknown, never ready, when the source warns of partial data', async () => {
    const ok = withErrors(500); // 50% left, were the data complete
    const { server } = await startSlaBackend({
      releaseReadiness,
      measure: async req => ({ ...(await ok(req)), warnings: ['partial'] }),
    });
    const { verdict, item } = await readiness(server);
    expect(item.status).toBe('unknown');
    expect(item.evidence).toEqual([
      expect.objectContaining({
        label: 'api-gateway/availability',
        status: 'unknown',
      }),
    ]);
    expect(verdict).toBe('unknown');
  });

  it('is unknown, not ready, on stale SLA data after the source started failing', async () => {
    let failing = false;
    const ok = withErrors(500);
    const { server, requests } = await startSlaBackend({
      releaseReadiness,
      collector: {
        cacheTtl: { milliseconds: 300 },
        maxStale: { minutes: 10 },
      },
      measure: async req => {
        if (failing) {
          throw new Error('Prometheus is down');
        }
        return ok(req);
      },
    });
    const first = await readiness(server);
    expect(first.item.status).toBe('pass');
    expect(first.verdict).toBe('ready');

    failing = true;
    await new Promise(resolve => setTimeout(resolve, 400));
    const second = await readiness(server);
    // The last good data (50% left) is served, but stale data never proves readiness.
    expect(second.item.source).toMatchObject({ status: 'stale' });
    expect(second.item.status).toBe('unknown');
    expect(second.verdict).not.toBe('ready');

    // That read asked the source again in the background; once it has failed, the answer is
    // still the stale value, now with the failure, and still not ready.
    while (requests.length < 2) {
      await new Promise(resolve => setTimeout(resolve, 20));
    }
    await new Promise(resolve => setTimeout(resolve, 50));
    const third = await readiness(server);
    expect(third.item.source).toMatchObject({
      status: 'stale',
      error: { type: 'UNKNOWN' },
    });
    expect(third.item.status).toBe('unknown');
    expect(third.verdict).not.toBe('ready');
  });
});
