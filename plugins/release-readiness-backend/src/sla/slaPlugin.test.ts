import { mockCredentials } from '@backstage/backend-test-utils';
import { Duration } from 'luxon';
import request from 'supertest';
import { measured, releaseReadiness } from './__testUtils__/apiGatewaySla';
import { startSlaBackend } from './__testUtils__/startSlaBackend';

/**
 * `GET /environments/:env/sla` through the real plugin, with an SLA source module whose counts
 * the test chooses (`__testUtils__/apiGatewaySla`). Every expected ratio below is worked out by
 * hand from those counts.
 */

/** The seconds since the start of the UTC month of `at`, worked out without the plugin's code. */
function secondsIntoMonth(at: string): number {
  const moment = new Date(at);
  const start = Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), 1);
  return Math.floor((moment.getTime() - start) / 1000);
}

type Server = Parameters<typeof request>[0];
const sla = (server: Server, path = '/environments/prod/sla') =>
  request(server)
    .get(`/api/release-readiness${path}`)
    .set('Authorization', mockCredentials.user.header());

describe('GET /environments/:env/sla', () => {
  it('asks the source for every window, threshold and the budget series, and judges the counts', async () => {
    const { server, requests } = await startSlaBackend({
      releaseReadiness,
      measure: async req => measured(req),
    });
    const res = await sla(server);
    expect(res.status).toBe(200);

    expect(requests).toHaveLength(1);
    const { environment, request: asked } = requests[0];
    expect(environment).toBe('prod');
    expect(Date.now() - Date.parse(asked.at)).toBeLessThan(60_000);
    const [service] = asked.services;
    expect(service).toMatchObject({
      name: 'api-gateway',
      metric: 'servanda_http_request_duration_seconds',
      selector: 'service="api-gateway"',
      errorSelector: 'status_code=~"5.."',
      thresholds: [0.1],
      series: { window: 'P30D' },
    });
    expect(service.series!.points).toBeGreaterThan(1);
    expect(service.series!.points).toBeLessThanOrEqual(200);
    // The objectives' windows and the burn-rate windows (SRE workbook: 5m/1h, 30m/6h, 6h/3d).
    const rolling = ['P30D', 'PT5M', 'PT30M', 'PT1H', 'PT6H', 'P3D'];
    const month = service.windows.filter(w => !rolling.includes(w));
    expect([...service.windows].sort()).toEqual([...rolling, ...month].sort());
    expect(month).toHaveLength(1);
    expect(Duration.fromISO(month[0]).as('seconds')).toBe(
      secondsIntoMonth(asked.at),
    );

    expect(res.body.environment).toBe('prod');
    expect(res.body.source).toMatchObject({
      name: 'test-sla:prod',
      status: 'ok',
    });
    expect(res.body.warnings).toBeUndefined();
    const [result] = res.body.services;
    expect(result.name).toBe('api-gateway');
    expect(result.window).toBe('P30D');
    const byId = Object.fromEntries(
      result.objectives.map((o: { id: string }) => [o.id, o]),
    );
    // 1 − 500/1,000,000 = 0.9995 ≥ 0.999
    expect(byId.availability).toMatchObject({ status: 'pass', data: 'ok' });
    expect(byId.availability.actual).toBeCloseTo(0.9995, 10);
    expect(byId.availability.requests).toBe(1_000_000);
    // 985,000/1,000,000 = 0.985 < 0.99, at a bucket boundary (0.1)
    expect(byId['p99-100ms']).toMatchObject({
      status: 'fail',
      approximate: false,
    });
    expect(byId['p99-100ms'].actual).toBeCloseTo(0.985, 10);
    // 500/1,000,000 = 0.0005 ≤ 0.001
    expect(byId['error-rate'].status).toBe('pass');
    expect(byId['error-rate'].actual).toBeCloseTo(0.0005, 10);
    // The calendar month, judged on its own counts: 1 − 3,000/200,000 = 0.985 < 0.99
    expect(byId.monthly).toMatchObject({
      window: month[0],
      status: 'fail',
      data: 'ok',
      requests: 200_000,
    });
    expect(byId.monthly.actual).toBeCloseTo(0.985, 10);
    // 10/1,000 = 0.01 ≤ 0.02: quiet
    expect(byId['rollback-5xx']).toMatchObject({
      status: 'pass',
      firing: false,
    });
    // Worst of the SLO objectives: the latency and the monthly availability fail.
    expect(result.status).toBe('fail');

    const budget = result.errorBudget;
    expect(budget.objective).toBe('availability');
    // ((1 − 0.999) − 0.0005) / (1 − 0.999) = 0.5
    expect(budget.remaining).toBeCloseTo(0.5, 10);
    // Rates: bad ratio / 0.001. Thresholds for 30 days: 2%·720/1 h, 5%·720/6 h, 10%·720/72 h.
    const rates = budget.burnRates.map((b: { long: string; short: string }) => [
      b.long,
      b.short,
    ]);
    expect(rates).toEqual([
      ['PT1H', 'PT5M'],
      ['PT6H', 'PT30M'],
      ['P3D', 'PT6H'],
    ]);
    const expected = [
      { threshold: 14.4, longRate: 0.5, shortRate: 10 },
      { threshold: 6, longRate: 0.5, shortRate: 0.4 },
      { threshold: 1, longRate: 0.5, shortRate: 0.5 },
    ];
    budget.burnRates.forEach(
      (
        b: { threshold: number; longRate: number; shortRate: number },
        i: number,
      ) => {
        expect(b.threshold).toBeCloseTo(expected[i].threshold, 10);
        expect(b.longRate).toBeCloseTo(expected[i].longRate, 10);
        expect(b.shortRate).toBeCloseTo(expected[i].shortRate, 10);
        expect(b).toMatchObject({ firing: false });
      },
    );
    // 1,000 requests without errors: untouched; then 500 of 1,000,000: half left.
    expect(budget.series.map((p: { at: string }) => p.at)).toEqual([
      '2026-11-01T00:00:00.000Z',
      '2026-11-30T00:00:00.000Z',
    ]);
    expect(budget.series[0].remaining).toBeCloseTo(1, 10);
    expect(budget.series[1].remaining).toBeCloseTo(0.5, 10);

    // The same under the default system's own path.
    const bySystem = await sla(
      server,
      '/systems/default/environments/prod/sla',
    );
    expect(bySystem.status).toBe(200);
    expect(bySystem.body).toEqual(res.body);
  });
});
