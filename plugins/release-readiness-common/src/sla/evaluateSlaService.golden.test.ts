import { evaluateSlaService } from './evaluateSlaService';
import { sloWindows } from './sloWindows';
import {
  simulateTraffic,
  type TrafficPattern,
} from './__testUtils__/simulateTraffic';
import type { SlaServiceDefinition, SloObjectiveDefinition } from './types';

/*
 * Golden tests: the traffic is described in words, added up minute by minute by
 * simulateTraffic (as a counter's increase over each window), and every expected value is the
 * closed form worked out by hand from the description, as an exact fraction.
 *
 * A 30-day window has 43,200 minutes; 1,000 requests a minute make 43,200,000 requests.
 * 0.05 % errors is 0.5 errors a minute. The SLO is 99.9 % availability, so the budget is 0.1 %.
 */

const AT = '2026-03-24T12:00:00.000Z';
const EXACT = 9; // toBeCloseTo(x, 9): within 0.5e-9

const objective = (
  over: Partial<SloObjectiveDefinition> & Pick<SloObjectiveDefinition, 'id'>,
): SloObjectiveDefinition => ({
  title: over.id,
  kind: 'availability',
  role: 'slo',
  target: 0.999,
  window: 'P30D',
  minRequests: 100,
  ...over,
});

const apiGateway: SlaServiceDefinition = {
  name: 'api-gateway',
  metric: 'servanda_http_request_duration_seconds',
  selector: 'service="api-gateway"',
  errorSelector: 'status_code=~"5.."',
  objectives: [
    objective({ id: 'availability' }),
    objective({
      id: 'p99-100ms',
      kind: 'latency',
      target: 0.99,
      threshold: 0.1,
    }),
    objective({ id: 'error-rate', kind: 'error-rate', target: 0.001 }),
  ],
};

const BOUNDARIES = [0.05, 0.1, 0.25, 0.5, 1, Infinity];

/** 1,000 req/min, 0.05 % errors, 99.5 % within 100 ms; `incident` minutes: 30 % errors, 60 % within 100 ms. */
const withIncident =
  (incident: (minutesAgo: number) => boolean): TrafficPattern =>
  k =>
    incident(k)
      ? { requests: 1000, errors: 300, within: { 0.1: 600 } }
      : { requests: 1000, errors: 0.5, within: { 0.1: 995 } };

const measure = (
  pattern: TrafficPattern,
  definition: SlaServiceDefinition = apiGateway,
  at = AT,
) =>
  simulateTraffic(pattern, {
    at,
    windows: sloWindows([definition], at),
    thresholds: [0.1],
    bucketBoundaries: BOUNDARIES,
    series: { window: 'P30D', points: 30 },
  });

const actualOf = (result: ReturnType<typeof evaluateSlaService>, id: string) =>
  result.objectives.find(o => o.id === id)!;

describe('evaluateSlaService golden values (closed form)', () => {
  it('steady traffic: 1,000 req/min for 30 days with 0.05 % errors', () => {
    const result = evaluateSlaService(
      apiGateway,
      measure(withIncident(() => false)),
      { at: AT },
    );
    // 21,600 errors of 43,200,000: 1 − 1/2000
    expect(actualOf(result, 'availability').actual).toBeCloseTo(
      1999 / 2000,
      EXACT,
    );
    expect(actualOf(result, 'p99-100ms').actual).toBeCloseTo(995 / 1000, EXACT);
    expect(actualOf(result, 'error-rate').actual).toBeCloseTo(1 / 2000, EXACT);
    expect(actualOf(result, 'availability').requests).toBe(43_200_000);
    expect(result.objectives.map(o => o.status)).toEqual([
      'pass',
      'pass',
      'pass',
    ]);
    // half of the 0.1 % budget is spent
    expect(result.errorBudget!.remaining).toBeCloseTo(1 / 2, EXACT);
    // every window burns 0.05 % / 0.1 % = 0.5
    for (const rate of result.errorBudget!.burnRates) {
      expect(rate.longRate).toBeCloseTo(0.5, EXACT);
      expect(rate.shortRate).toBeCloseTo(0.5, EXACT);
      expect(rate.firing).toBe(false);
    }
    expect(result.status).toBe('pass');
    expect(actualOf(result, 'availability').reason).toBe(
      '99.95% of 43.2M requests succeeded (target 99.9%)',
    );
  });

  it('uses the thresholds 14.4 / 6 / 1 with the pairs 1h+5m / 6h+30m / 3d+6h for a 30-day SLO', () => {
    const result = evaluateSlaService(
      apiGateway,
      measure(withIncident(() => false)),
      { at: AT },
    );
    const pairs = result.errorBudget!.burnRates.map(r => [r.long, r.short]);
    expect(pairs).toEqual([
      ['PT1H', 'PT5M'],
      ['PT6H', 'PT30M'],
      ['P3D', 'PT6H'],
    ]);
    const thresholds = result.errorBudget!.burnRates.map(r => r.threshold);
    expect(thresholds[0]).toBeCloseTo(14.4, EXACT);
    expect(thresholds[1]).toBeCloseTo(6, EXACT);
    expect(thresholds[2]).toBeCloseTo(1, EXACT);
  });

  it('an incident of 20 minutes at 30 % errors that ended 100 minutes ago', () => {
    // incident minutes: 100–119 minutes ago (it started 2 h ago)
    const pattern = withIncident(k => k >= 100 && k < 120);
    const result = evaluateSlaService(apiGateway, measure(pattern), { at: AT });
    // 30 d: 0.5 × 43,180 + 300 × 20 = 27,590 errors of 43,200,000
    expect(actualOf(result, 'availability').actual).toBeCloseTo(
      4_317_241 / 4_320_000,
      EXACT,
    );
    expect(actualOf(result, 'error-rate').actual).toBeCloseTo(
      2759 / 4_320_000,
      EXACT,
    );
    // within 100 ms: 995 × 43,180 + 600 × 20 = 42,976,100 of 43,200,000
    expect(actualOf(result, 'p99-100ms').actual).toBeCloseTo(
      429_761 / 432_000,
      EXACT,
    );
    // (0.1 % − 27,590 / 43.2M) / 0.1 %
    expect(result.errorBudget!.remaining).toBeCloseTo(1561 / 4320, EXACT);
    const [fast, slow, ticket] = result.errorBudget!.burnRates;
    // 1 h and 5 min: only baseline traffic
    expect(fast.longRate).toBeCloseTo(0.5, EXACT);
    expect(fast.shortRate).toBeCloseTo(0.5, EXACT);
    expect(fast.firing).toBe(false);
    // 6 h: 0.5 × 340 + 6,000 = 6,170 errors of 360,000 → 617/36 ≈ 17.14 > 6; 30 min: 0.5
    expect(slow.longRate).toBeCloseTo(617 / 36, EXACT);
    expect(slow.shortRate).toBeCloseTo(0.5, EXACT);
    expect(slow.firing).toBe(false);
    // 3 d: 0.5 × 4,300 + 6,000 = 8,150 errors of 4,320,000 → 815/432 ≈ 1.89 > 1; 6 h: 617/36 > 1
    expect(ticket.longRate).toBeCloseTo(815 / 432, EXACT);
    expect(ticket.shortRate).toBeCloseTo(617 / 36, EXACT);
    expect(ticket.firing).toBe(true);
    // still within the SLO
    expect(result.status).toBe('pass');
  });

  it('an incident at 30 % errors for the last 20 minutes fires the fast burn-rate pairs', () => {
    const result = evaluateSlaService(
      apiGateway,
      measure(withIncident(k => k < 20)),
      { at: AT },
    );
    const [fast, slow, ticket] = result.errorBudget!.burnRates;
    // 1 h: 0.5 × 40 + 6,000 = 6,020 of 60,000 → 301/3; 5 min: 1,500 of 5,000 → 300
    expect(fast.longRate).toBeCloseTo(301 / 3, EXACT);
    expect(fast.shortRate).toBeCloseTo(300, EXACT);
    expect(fast.firing).toBe(true);
    // 6 h: 6,170 of 360,000; 30 min: 0.5 × 10 + 6,000 = 6,005 of 30,000 → 1201/6
    expect(slow.longRate).toBeCloseTo(617 / 36, EXACT);
    expect(slow.shortRate).toBeCloseTo(1201 / 6, EXACT);
    expect(slow.firing).toBe(true);
    expect(ticket.firing).toBe(true);
  });

  it('gives a negative budget when it is overspent: 0.2 % errors against a 0.1 % budget', () => {
    const overspent: TrafficPattern = () => ({ requests: 1000, errors: 2 });
    const result = evaluateSlaService(apiGateway, measure(overspent), {
      at: AT,
    });
    expect(actualOf(result, 'availability').actual).toBeCloseTo(
      998 / 1000,
      EXACT,
    );
    expect(actualOf(result, 'availability').status).toBe('fail');
    expect(actualOf(result, 'error-rate').status).toBe('fail');
    // (0.1 % − 0.2 %) / 0.1 % = −1
    expect(result.errorBudget!.remaining).toBeCloseTo(-1, EXACT);
    // every window burns 0.2 % / 0.1 % = 2: above 1 only
    for (const rate of result.errorBudget!.burnRates) {
      expect(rate.longRate).toBeCloseTo(2, EXACT);
      expect(rate.shortRate).toBeCloseTo(2, EXACT);
    }
    expect(result.errorBudget!.burnRates.map(r => r.firing)).toEqual([
      false,
      false,
      true,
    ]);
    expect(result.status).toBe('fail');
  });

  it('counts a missing error series as 0 errors when there is traffic', () => {
    const measurement = simulateTraffic(() => ({ requests: 1000, errors: 0 }), {
      at: AT,
      windows: sloWindows([apiGateway], AT),
      errorSeries: false,
    });
    expect(measurement.windows[0].errors).toBeNull();
    const result = evaluateSlaService(apiGateway, measurement, { at: AT });
    expect(actualOf(result, 'availability').actual).toBe(1);
    expect(actualOf(result, 'error-rate').actual).toBe(0);
    expect(result.errorBudget!.remaining).toBe(1);
    expect(result.errorBudget!.burnRates.map(r => r.longRate)).toEqual([
      0, 0, 0,
    ]);
  });

  it('plots the budget left day by day; the incident shows on the last day only', () => {
    const result = evaluateSlaService(
      apiGateway,
      measure(withIncident(k => k >= 100 && k < 120)),
      { at: AT },
    );
    const series = result.errorBudget!.series!;
    expect(series).toHaveLength(30);
    expect(series[0].at).toBe('2026-02-23T12:00:00.000Z');
    expect(series[29].at).toBe(AT);
    for (const point of series.slice(0, 29)) {
      expect(point.remaining).toBeCloseTo(1 / 2, EXACT);
    }
    expect(series[29].remaining).toBeCloseTo(1561 / 4320, EXACT);
  });

  it('scales the thresholds to a calendar month (March: 744 h) and measures the month so far', () => {
    const at = '2026-03-10T12:00:00.000Z';
    const monthly: SlaServiceDefinition = {
      ...apiGateway,
      objectives: [objective({ id: 'availability', window: 'calendar-month' })],
    };
    const measurement = simulateTraffic(
      withIncident(() => false),
      {
        at,
        windows: sloWindows([monthly], at),
      },
    );
    const result = evaluateSlaService(monthly, measurement, { at });
    expect(result.window).toBe('P9DT12H');
    // 9.5 days × 1,440 min × 1,000 requests
    expect(result.objectives[0].requests).toBe(13_680_000);
    expect(result.objectives[0].actual).toBeCloseTo(1999 / 2000, EXACT);
    const thresholds = result.errorBudget!.burnRates.map(r => r.threshold);
    expect(thresholds[0]).toBeCloseTo((2 * 744) / 100, EXACT); // 14.88
    expect(thresholds[1]).toBeCloseTo((5 * 744) / 600, EXACT); // 6.2
    expect(thresholds[2]).toBeCloseTo((10 * 744) / 7200, EXACT); // 1.0333…
  });

  it('takes the budget of the latency objective when there is no availability objective', () => {
    const latencyOnly: SlaServiceDefinition = {
      ...apiGateway,
      objectives: [apiGateway.objectives[1]],
    };
    const result = evaluateSlaService(
      latencyOnly,
      measure(
        withIncident(() => false),
        latencyOnly,
      ),
      {
        at: AT,
      },
    );
    expect(result.errorBudget!.objective).toBe('p99-100ms');
    // 0.5 % slow against a 1 % budget
    expect(result.errorBudget!.remaining).toBeCloseTo(1 / 2, EXACT);
    for (const rate of result.errorBudget!.burnRates) {
      expect(rate.longRate).toBeCloseTo(0.5, EXACT);
    }
    // the series carries errors, not latency: no sparkline
    expect(result.errorBudget!.series).toBeUndefined();
  });
});
