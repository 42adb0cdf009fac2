import type { SlaServiceDefinition } from '@release-readiness/plugin-release-readiness-common';
import { sloWindows } from '@release-readiness/plugin-release-readiness-common';
import type { SlaMeasureRequest } from '@release-readiness/plugin-release-readiness-node';
import {
  CHECKOUT,
  DAY_S,
  METRIC,
  ShopTimeline,
  STEP_S,
  StepIncrement,
  StepPair,
} from './shopMetrics';

/* What the golden tests expect of the shop's checkout service (see shopMetrics.ts). */

/** checkout's objectives: SLOs that pass and fail, a post-deploy limit and a rollback trigger. */
export const checkoutDefinition: SlaServiceDefinition = {
  name: 'checkout',
  metric: METRIC,
  selector: 'service="checkout"',
  errorSelector: 'status_code=~"5.."',
  objectives: [
    objective('availability', 'availability', 'slo', 0.999, 'P30D'),
    objective('p99-100ms', 'latency', 'slo', 0.99, 'P30D', 0.1),
    objective('p99-50ms', 'latency', 'slo', 0.99, 'P30D', 0.05),
    objective('post-deploy-p95', 'latency', 'post-deploy', 0.95, 'PT30M', 0.2),
    objective('rollback-5xx', 'error-rate', 'rollback-trigger', 0.02, 'PT5M'),
  ],
};

function objective(
  id: string,
  kind: 'availability' | 'latency' | 'error-rate',
  role: 'slo' | 'post-deploy' | 'rollback-trigger',
  target: number,
  window: string,
  threshold?: number,
) {
  return {
    id,
    title: id,
    kind,
    role,
    target,
    window,
    minRequests: 100,
    ...(threshold !== undefined && { threshold }),
  };
}

/** The request the backend makes for some services at `at` (as its SlaService builds it). */
export function slaRequestFor(
  at: string,
  definitions: SlaServiceDefinition[],
  series?: { window: string; points: number },
): SlaMeasureRequest {
  return {
    at,
    services: definitions.map(d => ({
      name: d.name,
      metric: d.metric,
      selector: d.selector,
      errorSelector: d.errorSelector,
      windows: sloWindows([d], at),
      thresholds: d.objectives.flatMap(o =>
        o.threshold !== undefined ? [o.threshold] : [],
      ),
      ...(series && { series }),
    })),
  };
}

/** The windows the backend asks for checkout, in seconds. */
export const WINDOW_S: Record<string, number> = {
  PT5M: 300,
  PT30M: 1800,
  PT1H: 3600,
  PT6H: 6 * 3600,
  P3D: 3 * DAY_S,
  P30D: 30 * DAY_S,
};

/**
 * checkout's counts over the `windowS` before the timeline's `atS`, in closed form: steps × what
 * a step adds (normal steps and incident steps).
 */
export function checkoutCounts(timeline: ShopTimeline, windowS: number) {
  const steps = windowS / STEP_S;
  const incident = timeline.incident.filter(
    t => t > timeline.atS - windowS && t <= timeline.atS,
  ).length;
  const per = (pick: (step: StepPair) => number) =>
    (steps - incident) * pick(CHECKOUT.normal) +
    incident * pick(CHECKOUT.incident);
  const both = (f: (s: StepIncrement) => number) =>
    per(step => f(step.ok) + f(step.error));
  const within = (le: '0.05' | '0.1' | '0.5') => both(s => s.buckets[le]);
  return {
    total: both(s => s.requests),
    errors: per(step => step.error.requests),
    within,
    // 0.2 s is no boundary: linear between the 0.1 and 0.5 buckets, as histogram_quantile does.
    within200ms: within('0.1') + ((within('0.5') - within('0.1')) * 0.1) / 0.4,
  };
}

/** `actual` is a number within 1e-9 (relative) of `expected`. */
export function expectClose(
  actual: number | null | undefined,
  expected: number,
) {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual ?? NaN) - expected)).toBeLessThanOrEqual(
    1e-9 * Math.max(1, Math.abs(expected)),
  );
}
