import { evaluateSlaService } from './evaluateSlaService';
import type {
  SlaServiceDefinition,
  SlaServiceMeasurement,
  SlaWindowCounts,
  SloObjectiveDefinition,
} from './types';

const AT = '2026-03-24T12:00:00.000Z';

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

const service = (
  objectives: SloObjectiveDefinition[],
): SlaServiceDefinition => ({
  name: 'auth',
  metric: 'servanda_http_request_duration_seconds',
  selector: 'service="auth"',
  errorSelector: 'status_code=~"5.."',
  objectives,
});

const measured = (
  windows: SlaWindowCounts[],
  over: Partial<SlaServiceMeasurement> = {},
): SlaServiceMeasurement => ({ service: 'auth', windows, ...over });

const availability = service([objective({ id: 'availability' })]);

describe('evaluateSlaService', () => {
  it('reads a service without traffic as no data, never 100 %', () => {
    const zero = ['P30D', 'PT5M', 'PT30M', 'PT1H', 'PT6H', 'P3D'].map(
      window => ({ window, total: 0, errors: 0 }),
    );
    const result = evaluateSlaService(availability, measured(zero), { at: AT });
    expect(result.objectives[0]).toMatchObject({
      actual: null,
      status: 'unknown',
      data: 'no-data',
      requests: 0,
      reason: 'no traffic in the window: no data',
    });
    expect(result.errorBudget!.remaining).toBeNull();
    expect(result.errorBudget!.burnRates.map(r => r.longRate)).toEqual([
      null,
      null,
      null,
    ]);
    expect(result.errorBudget!.burnRates.some(r => r.firing)).toBe(false);
    expect(result.status).toBe('unknown');
  });

  it('reads an absent request series, an unmeasured window or no measurement as no data', () => {
    const absent = evaluateSlaService(
      availability,
      measured([{ window: 'P30D', total: null, errors: null }]),
      { at: AT },
    );
    expect(absent.objectives[0]).toMatchObject({
      actual: null,
      requests: null,
      data: 'no-data',
      status: 'unknown',
    });
    const unmeasured = evaluateSlaService(availability, measured([]), {
      at: AT,
    });
    expect(unmeasured.objectives[0].data).toBe('no-data');
    const none = evaluateSlaService(availability, undefined, { at: AT });
    expect(none.objectives[0].reason).toBe(
      'the source measured nothing for this service: no data',
    );
    expect(none.status).toBe('unknown');
  });

  it('is insufficient data below minRequests, showing the actual but judging nothing', () => {
    const result = evaluateSlaService(
      availability,
      measured([{ window: 'P30D', total: 50, errors: 0 }]),
      { at: AT },
    );
    expect(result.objectives[0]).toMatchObject({
      actual: 1,
      requests: 50,
      status: 'unknown',
      data: 'insufficient-data',
    });
    expect(result.objectives[0].reason).toBe(
      'insufficient data: 100% of 50 requests succeeded (target 99.9%), fewer than the 100 requests needed',
    );
    expect(result.errorBudget!.remaining).toBeNull();
    expect(result.status).toBe('unknown');
  });

  it('never reads a counter reset taken as a plain difference (a negative count) as a result', () => {
    // 30,000,000 at the window's start, a restart, 14,400,000 now: last − first is negative
    const naiveTotal = evaluateSlaService(
      availability,
      measured([{ window: 'P30D', total: 14_400_000 - 30_000_000, errors: 0 }]),
      { at: AT },
    );
    expect(naiveTotal.objectives[0]).toMatchObject({
      actual: null,
      data: 'no-data',
      status: 'unknown',
    });
    // the errors' plain difference negative: availability would be above 1
    const naiveErrors = evaluateSlaService(
      availability,
      measured([{ window: 'P30D', total: 43_200_000, errors: -600 }]),
      { at: AT },
    );
    expect(naiveErrors.objectives[0].actual).toBeNull();
    expect(naiveErrors.objectives[0].status).toBe('unknown');
  });

  it('keeps availability within 0…1 when extrapolated errors exceed the requests', () => {
    const result = evaluateSlaService(
      service([
        objective({ id: 'availability' }),
        objective({ id: 'error-rate', kind: 'error-rate', target: 0.001 }),
      ]),
      measured([{ window: 'P30D', total: 1000, errors: 1000.4 }]),
      { at: AT },
    );
    expect(result.objectives.map(o => o.actual)).toEqual([0, 1]);
    expect(result.errorBudget!.remaining).toBeCloseTo(-999, 9);
  });

  it('makes every objective unknown when the source warns of partial data', () => {
    const definition = service([
      objective({ id: 'availability' }),
      objective({
        id: 'rollback-5xx',
        kind: 'error-rate',
        role: 'rollback-trigger',
        target: 0.02,
        window: 'PT5M',
      }),
    ]);
    const result = evaluateSlaService(
      definition,
      measured(
        [
          { window: 'P30D', total: 43_200_000, errors: 0 },
          { window: 'PT5M', total: 5000, errors: 1500 },
        ],
        { series: [{ at: AT, total: 43_200_000, errors: 0 }] },
      ),
      { at: AT, warnings: ['PromQL info: partial response from store-1'] },
    );
    expect(result.objectives.map(o => o.status)).toEqual([
      'unknown',
      'unknown',
    ]);
    expect(result.objectives[0].reason).toBe(
      'partial data from the source (1 warning), so unknown: 100% of 43.2M requests succeeded (target 99.9%)',
    );
    expect(result.objectives[1].firing).toBeUndefined();
    expect(JSON.stringify(result)).not.toContain('store-1');
    expect(result.errorBudget!.remaining).toBeNull();
    expect(result.errorBudget!.series).toEqual([{ at: AT, remaining: null }]);
    expect(result.status).toBe('unknown');
  });

  describe('roles', () => {
    const definition = service([
      objective({ id: 'availability' }),
      objective({
        id: 'post-deploy-p95',
        kind: 'latency',
        role: 'post-deploy',
        target: 0.95,
        threshold: 0.3,
        window: 'PT30M',
      }),
      objective({
        id: 'rollback-5xx',
        kind: 'error-rate',
        role: 'rollback-trigger',
        target: 0.02,
        window: 'PT5M',
      }),
    ]);
    const run = (errors5m: number, within30m: number) =>
      evaluateSlaService(
        definition,
        measured(
          [
            { window: 'P30D', total: 43_200_000, errors: 21_600 },
            {
              window: 'PT30M',
              total: 30_000,
              errors: 15,
              within: [{ threshold: 0.3, count: within30m }],
            },
            { window: 'PT5M', total: 5000, errors: errors5m },
          ],
          { bucketBoundaries: [0.1, 0.3, 1] },
        ),
        { at: AT },
      );

    it('fires the rollback trigger above its limit and fails the service', () => {
      const result = run(1500, 23_990);
      const trigger = result.objectives[2];
      expect(trigger).toMatchObject({ status: 'fail', firing: true });
      expect(trigger.reason).toBe(
        'rollback trigger firing: 30% of 5k requests failed (limit 2%)',
      );
      const postDeploy = result.objectives[1];
      expect(postDeploy).toMatchObject({ status: 'fail', firing: true });
      expect(postDeploy.actual).toBeCloseTo(2399 / 3000, 9);
      // the SLO itself is met: the firing trigger makes the service fail
      expect(result.objectives[0].status).toBe('pass');
      expect(result.status).toBe('fail');
    });

    it('is quiet at or below the limit; a breached post-deploy limit alone does not fail the service', () => {
      const result = run(100, 23_990); // exactly 2 %
      expect(result.objectives[2]).toMatchObject({
        status: 'pass',
        firing: false,
        reason: 'quiet: 2% of 5k requests failed (limit 2%)',
      });
      expect(result.objectives[1].firing).toBe(true);
      expect(result.status).toBe('pass');
      expect(run(100, 28_500).objectives[1]).toMatchObject({
        status: 'pass',
        firing: false,
      });
    });
  });

  it('is unknown without any slo objective and no firing trigger', () => {
    const result = evaluateSlaService(
      service([
        objective({
          id: 'rollback-5xx',
          kind: 'error-rate',
          role: 'rollback-trigger',
          target: 0.02,
          window: 'PT5M',
        }),
      ]),
      measured([{ window: 'PT5M', total: 5000, errors: 0 }]),
      { at: AT },
    );
    expect(result.objectives[0].status).toBe('pass');
    expect(result.errorBudget).toBeUndefined();
    expect(result.status).toBe('unknown');
  });
});
