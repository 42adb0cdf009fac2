import type {
  SlaMeasurements,
  SlaWindowCounts,
} from '@release-readiness/plugin-release-readiness-common';
import type { SlaMeasureRequest } from '@release-readiness/plugin-release-readiness-node';

/**
 * The `prod` SLA of the plugin tests: one service, `api-gateway`, with an objective of every kind
 * and role, and the counts its test source answers (chosen by hand; the tests work the expected
 * ratios out from them). `stage` has no `sla` block.
 */
/** The objectives of `api-gateway`, as the policy gives them. */
export const objectives = {
  availability: { kind: 'availability', target: 0.999, window: 'P30D' },
  'p99-100ms': {
    kind: 'latency',
    target: 0.99,
    threshold: 0.1,
    window: 'P30D',
  },
  'error-rate': { kind: 'error-rate', target: 0.001, window: 'P30D' },
  monthly: { kind: 'availability', target: 0.99, window: 'calendar-month' },
  'rollback-5xx': {
    kind: 'error-rate',
    role: 'rollback-trigger',
    target: 0.02,
    window: 'PT5M',
  },
};

/** `releaseReadiness` of the portal's configuration: `stage` without, `prod` with an SLA. */
export const releaseReadiness = {
  environments: {
    stage: { title: 'Staging', order: 2 },
    prod: {
      title: 'Production',
      order: 3,
      sla: {
        source: 'test',
        services: {
          'api-gateway': { selector: 'service="api-gateway"', objectives },
        },
      },
    },
  },
};

/** The counts of the rolling windows; any other window asked is the calendar month's. */
const COUNTS: Record<string, Omit<SlaWindowCounts, 'window'>> = {
  P30D: {
    total: 1_000_000,
    errors: 500,
    within: [{ threshold: 0.1, count: 985_000 }],
  },
  PT5M: { total: 1_000, errors: 10 },
  PT30M: { total: 5_000, errors: 2 },
  PT1H: { total: 10_000, errors: 5 },
  PT6H: { total: 60_000, errors: 30 },
  P3D: { total: 100_000, errors: 50 },
};
const MONTH_COUNTS = { total: 200_000, errors: 3_000 };

/** What the test source answers: the counts above for every window it is asked. */
export function measured(asked: SlaMeasureRequest): SlaMeasurements {
  return {
    services: asked.services.map(service => ({
      service: service.name,
      windows: service.windows.map(window => ({
        window,
        ...(COUNTS[window] ?? MONTH_COUNTS),
      })),
      bucketBoundaries: [0.05, 0.1, 0.25, 0.5],
      series: [
        { at: '2026-11-01T00:00:00.000Z', total: 1_000, errors: 0 },
        { at: '2026-11-30T00:00:00.000Z', total: 1_000_000, errors: 500 },
      ],
    })),
  };
}
