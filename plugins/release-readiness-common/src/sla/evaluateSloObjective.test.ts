import { evaluateSloObjective } from './evaluateSloObjective';
import type {
  SlaServiceMeasurement,
  SlaWindowCounts,
  SloObjectiveDefinition,
} from './types';

const AT = '2026-03-24T12:00:00.000Z';

const latencyObjective = (threshold: number): SloObjectiveDefinition => ({
  id: 'p99',
  title: 'P99 under the threshold',
  kind: 'latency',
  role: 'slo',
  target: 0.99,
  threshold,
  window: 'P30D',
  minRequests: 100,
});

const measured = (
  windows: SlaWindowCounts[],
  over: Partial<SlaServiceMeasurement> = {},
): SlaServiceMeasurement => ({ service: 'auth', windows, ...over });

describe('evaluateSloObjective', () => {
  it('says the source could not be read, not that it measured nothing, when it is unavailable', () => {
    const unread = evaluateSloObjective(latencyObjective(0.1), undefined, {
      at: AT,
      unavailable: true,
    });
    expect(unread).toMatchObject({
      status: 'unknown',
      actual: null,
      reason: 'the SLA source could not be read: unknown',
    });
    expect(
      evaluateSloObjective(latencyObjective(0.1), undefined, { at: AT }).reason,
    ).toBe('the source measured nothing for this service: no data');
  });

  it('marks latency compliance approximate when the threshold is not a bucket boundary', () => {
    const latency = (threshold: number, bucketBoundaries?: number[]) =>
      evaluateSloObjective(
        latencyObjective(threshold),
        measured(
          [
            {
              window: 'P30D',
              total: 1000,
              errors: 0,
              within: [{ threshold, count: 995 }],
            },
          ],
          bucketBoundaries ? { bucketBoundaries } : {},
        ),
        { at: AT },
      );
    const buckets = [0.05, 0.1, 0.25, 0.5, 1, Infinity];
    expect(latency(0.1, buckets).approximate).toBe(false);
    expect(latency(0.1, [0.05, 0.1 + 1e-12, 0.25]).approximate).toBe(false);
    expect(latency(0.1, [0.05, 0.1 + 1e-6, 0.25]).approximate).toBe(true);
    const between = latency(0.3, buckets);
    expect(between.approximate).toBe(true);
    expect(between.actual).toBeCloseTo(0.995, 9);
    expect(between.reason).toBe(
      '99.5% of 1k requests within 300 ms (target 99%), approximate: 300 ms is not a known bucket boundary',
    );
    // boundaries not reported: exactness is not proven
    expect(latency(0.1).approximate).toBe(true);
  });

  it('reads an absent within-threshold series as no data, not as 0 % within', () => {
    const result = evaluateSloObjective(
      latencyObjective(0.1),
      measured([{ window: 'P30D', total: 1000, errors: 0, within: [] }]),
      { at: AT },
    );
    expect(result).toMatchObject({
      actual: null,
      data: 'no-data',
      status: 'unknown',
      reason: 'no series of the requests within 100 ms: no data',
    });
  });
});
