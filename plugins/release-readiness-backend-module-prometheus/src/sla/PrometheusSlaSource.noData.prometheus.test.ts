import {
  evaluateSlaService,
  SlaServiceDefinition,
} from '@release-readiness/plugin-release-readiness-common';
import type { SlaSource } from '@release-readiness/plugin-release-readiness-node';
import {
  checkoutDefinition,
  expectClose,
  slaRequestFor,
} from '../__testUtils__/checkoutSla';
import {
  rootWithServer,
  slaSourceFor,
} from '../__testUtils__/prometheusSourcesFor';
import {
  DAY_S,
  IDLE_VALUE,
  SEARCH,
  shopOpenMetrics,
  shopTimeline,
  STEP_S,
} from '../__testUtils__/shopMetrics';
import {
  startPrometheus,
  TestPrometheus,
} from '../__testUtils__/startPrometheus';

// No data is never green, against a real Prometheus on backfilled data (see the golden tests in
// PrometheusSlaSource.prometheus.test.ts for the timeline and why the counts are exact).

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

describe('PrometheusSlaSource without data, against a real Prometheus', () => {
  it('reads zero traffic as 0 requests (its series exist), which the evaluation shows as no data', async () => {
    const idle: SlaServiceDefinition = {
      ...checkoutDefinition,
      name: 'idle',
      selector: 'service="idle"',
    };
    const result = await source.measure(slaRequestFor(at, [idle]), signal());
    const month = result.services[0].windows.find(w => w.window === 'P30D');
    expect(IDLE_VALUE).toBeGreaterThan(0); // the counters stand still, above zero
    expect(month).toMatchObject({ total: 0, errors: null });
    const judged = evaluateSlaService(idle, result.services[0], { at });
    expect(judged.objectives[0]).toMatchObject({
      actual: null,
      status: 'unknown',
      data: 'no-data',
    });
    expect(judged.status).toBe('unknown');
  });

  it('reads a missing error series as null, which the evaluation counts as 0 errors', async () => {
    const search: SlaServiceDefinition = {
      ...checkoutDefinition,
      name: 'search',
      selector: 'service="search"',
    };
    const result = await source.measure(slaRequestFor(at, [search]), signal());
    const month = result.services[0].windows.find(w => w.window === 'P30D');
    expect(month?.errors).toBeNull();
    expectClose(month?.total, ((30 * DAY_S) / STEP_S) * SEARCH.requests);
    const judged = evaluateSlaService(search, result.services[0], { at });
    expect(judged.objectives[0]).toMatchObject({
      actual: 1,
      status: 'pass',
      data: 'ok',
    });
  });

  it('reads a service without any series as null everywhere, never 0', async () => {
    const ghost: SlaServiceDefinition = {
      ...checkoutDefinition,
      name: 'ghost',
      selector: 'service="ghost"',
    };
    const result = await source.measure(
      slaRequestFor(at, [ghost], { window: 'P30D', points: 10 }),
      signal(),
    );
    const [measured] = result.services;
    expect(measured.bucketBoundaries).toEqual([]);
    for (const w of measured.windows) {
      expect(w.total).toBeNull();
      expect(w.errors).toBeNull();
      expect(w.within?.every(x => x.count === null)).toBe(true);
    }
    expect(measured.series?.every(p => p.total === null)).toBe(true);
    const judged = evaluateSlaService(ghost, measured, { at });
    expect(judged.status).toBe('unknown');
    expect(judged.errorBudget?.remaining).toBeNull();
  });
});
