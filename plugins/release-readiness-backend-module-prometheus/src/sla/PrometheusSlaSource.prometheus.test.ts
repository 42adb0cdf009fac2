import { evaluateSlaService } from '@release-readiness/plugin-release-readiness-common';
import type { SlaSource } from '@release-readiness/plugin-release-readiness-node';
import {
  checkoutCounts,
  checkoutDefinition,
  expectClose,
  slaRequestFor,
  WINDOW_S,
} from '../__testUtils__/checkoutSla';
import {
  rootWithServer,
  slaSourceFor,
} from '../__testUtils__/prometheusSourcesFor';
import {
  CHECKOUT,
  DAY_S,
  METRIC,
  shopOpenMetrics,
  shopTimeline,
  STEP_S,
} from '../__testUtils__/shopMetrics';
import {
  startPrometheus,
  TestPrometheus,
} from '../__testUtils__/startPrometheus';

// Golden tests against a real Prometheus (Debian's 2.42) on backfilled data.
//
// Extrapolation: `increase()` extrapolates from the first and last sample in the range to the
// range's edges (Prometheus `extrapolatedRate`: it scales `last - first (+ resets)` by
// `(sampled interval + gaps to the edges) / sampled interval`). Here every sample lies on a
// 5-minute grid, the measured moment `at` is a sample, and every window is a whole multiple of
// 5 minutes; Prometheus 2.x range selectors include both edges, so the first and the last sample
// of each window sit exactly on its edges, the gaps to the edges are 0 and the scale factor is
// exactly 1: `increase()` is `last - first (+ the value before each reset)`, i.e. the sum of the
// steps' increments, which the expected values below compute in closed form from the traffic
// description (steps × what a step adds). The scrape gap lies inside the windows, never at an
// edge, so it does not change that.

const timeline = shopTimeline(Date.now());
const at = new Date(timeline.atS * 1000).toISOString();
let prometheus: TestPrometheus;
let source: SlaSource;

beforeAll(async () => {
  prometheus = await startPrometheus(shopOpenMetrics(timeline));
  source = await slaSourceFor(rootWithServer(prometheus.url), {
    prometheus: { server: 'main' },
  });
}, 60_000);

afterAll(async () => {
  await prometheus?.stop();
});

const signal = () => ({ signal: new AbortController().signal });

async function instant(query: string): Promise<number> {
  const body = new URLSearchParams({ query, time: String(timeline.atS) });
  const res = await fetch(`${prometheus.url}/api/v1/query?${body}`);
  const json = await res.json();
  return Number(json.data.result[0].value[1]);
}

describe('PrometheusSlaSource against a real Prometheus', () => {
  it('starts Prometheus on backfilled data well within a minute', () => {
    expect(prometheus.startupMs).toBeLessThan(30_000);
  });

  it('has the fixture it describes: one counter reset, a 10-minute scrape gap', async () => {
    const series = `${METRIC}_count{service="checkout",status_code="200"}`;
    expect(await instant(`resets(${series}[30d])`)).toBe(1);
    // 3 days of 5-minute samples, both edges included, less the two missing ones.
    expect(await instant(`count_over_time(${series}[3d])`)).toBe(
      (3 * DAY_S) / STEP_S + 1 - 2,
    );
  });

  it('measures requests, errors and within-threshold counts of every window in closed form (counter reset, scrape gap, incident)', async () => {
    const result = await source.measure(
      slaRequestFor(at, [checkoutDefinition]),
      signal(),
    );
    expect(result.warnings).toBeUndefined();
    const [checkout] = result.services;
    expect(checkout.service).toBe('checkout');
    expect(checkout.bucketBoundaries).toEqual([0.05, 0.1, 0.5]);
    expect(checkout.windows.map(w => w.window).sort()).toEqual(
      Object.keys(WINDOW_S).sort(),
    );
    for (const counts of checkout.windows) {
      const expected = checkoutCounts(timeline, WINDOW_S[counts.window]);
      expectClose(counts.total, expected.total);
      expectClose(counts.errors, expected.errors);
      const within = (t: number) =>
        counts.within?.find(w => w.threshold === t)?.count;
      expectClose(within(0.1), expected.within('0.1'));
      expectClose(within(0.05), expected.within('0.05'));
      expectClose(within(0.2), expected.within200ms);
    }
    // The incident is inside the last hour but not the last 30 minutes.
    const errorsOf = (w: string) =>
      checkout.windows.find(c => c.window === w)?.errors;
    expect(errorsOf('PT30M')).toBe(6 * CHECKOUT.normal.error.requests);
    expect(errorsOf('PT1H')).toBe(
      8 * CHECKOUT.normal.error.requests + 4 * CHECKOUT.incident.error.requests,
    );
  });

  it('returns the budget series as cumulative counts since the window start, across the reset and the gap', async () => {
    const result = await source.measure(
      slaRequestFor(at, [checkoutDefinition], { window: 'P30D', points: 30 }),
      signal(),
    );
    const series = result.services[0].series ?? [];
    expect(series).toHaveLength(30);
    const perDay = DAY_S / STEP_S;
    series.forEach((point, k) => {
      const days = k + 1;
      expect(point.at).toBe(
        new Date((timeline.atS - (29 - k) * DAY_S) * 1000).toISOString(),
      );
      expectClose(point.total, days * perDay * 2000);
      const incident =
        k === 29
          ? 4 *
            (CHECKOUT.incident.error.requests - CHECKOUT.normal.error.requests)
          : 0;
      expectClose(
        point.errors,
        days * perDay * CHECKOUT.normal.error.requests + incident,
      );
    });
  });

  it('judges the SLO end to end through evaluateSlaService: availability, compliance, budget and burn rates', async () => {
    const result = await source.measure(
      slaRequestFor(at, [checkoutDefinition], { window: 'P30D', points: 30 }),
      signal(),
    );
    const judged = evaluateSlaService(checkoutDefinition, result.services[0], {
      at,
    });
    const month = checkoutCounts(timeline, 30 * DAY_S);
    const byId = (id: string) => judged.objectives.find(o => o.id === id);
    const badRatio = month.errors / month.total;
    expectClose(byId('availability')?.actual, 1 - badRatio);
    expect(byId('availability')?.status).toBe('pass');
    expectClose(byId('p99-100ms')?.actual, month.within('0.1') / month.total);
    expect(byId('p99-100ms')).toMatchObject({
      status: 'pass',
      approximate: false,
    });
    expectClose(byId('p99-50ms')?.actual, month.within('0.05') / month.total);
    expect(byId('p99-50ms')?.status).toBe('fail');
    const halfHour = checkoutCounts(timeline, 1800);
    expectClose(
      byId('post-deploy-p95')?.actual,
      halfHour.within200ms / halfHour.total,
    );
    expect(byId('post-deploy-p95')).toMatchObject({
      approximate: true,
      firing: false,
    });
    const fiveMinutes = checkoutCounts(timeline, 300);
    expectClose(
      byId('rollback-5xx')?.actual,
      fiveMinutes.errors / fiveMinutes.total,
    );
    expect(byId('rollback-5xx')).toMatchObject({
      status: 'pass',
      firing: false,
    });
    expect(judged.status).toBe('fail'); // p99 under 50 ms fails

    const budget = 1 - 0.999;
    expectClose(judged.errorBudget?.remaining, (budget - badRatio) / budget);
    const rate = (w: string) => {
      const c = checkoutCounts(timeline, WINDOW_S[w]);
      return c.errors / c.total / budget;
    };
    const burn = judged.errorBudget?.burnRates ?? [];
    expect(burn.map(b => [b.long, b.short])).toEqual([
      ['PT1H', 'PT5M'],
      ['PT6H', 'PT30M'],
      ['P3D', 'PT6H'],
    ]);
    [14.4, 6, 1].forEach((threshold, i) => {
      expectClose(burn[i].threshold, threshold);
      expectClose(burn[i].longRate, rate(burn[i].long));
      expectClose(burn[i].shortRate, rate(burn[i].short));
    });
    // The incident burns fast in the last hour, but the last 5 and 30 minutes are calm again;
    // over 3 days and 6 hours the budget burns faster than 1: the slow-burn pair fires.
    expect(burn.map(b => b.firing)).toEqual([false, false, true]);
    const sparkline = judged.errorBudget?.series ?? [];
    expect(sparkline).toHaveLength(30);
    expectClose(sparkline[29].remaining, (budget - badRatio) / budget);
  });
});
