import { sloWindows } from './sloWindows';
import type { SlaServiceDefinition, SloObjectiveDefinition } from './types';

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
  name: string,
  objectives: SloObjectiveDefinition[],
): SlaServiceDefinition => ({
  name,
  metric: 'servanda_http_request_duration_seconds',
  selector: `service="${name}"`,
  errorSelector: 'status_code=~"5.."',
  objectives,
});

const AT = '2026-03-10T12:00:00.000Z';

describe('sloWindows', () => {
  it("lists every objective's window and the burn-rate windows once each", () => {
    const windows = sloWindows(
      [
        service('api-gateway', [
          objective({ id: 'availability' }),
          objective({ id: 'p99', kind: 'latency', threshold: 0.1 }),
          objective({
            id: 'post-deploy-p95',
            kind: 'latency',
            role: 'post-deploy',
            threshold: 0.3,
            window: 'PT30M',
          }),
          objective({
            id: 'rollback-5xx',
            kind: 'error-rate',
            role: 'rollback-trigger',
            window: 'PT5M',
          }),
        ]),
        service('auth', [objective({ id: 'availability', window: 'P28D' })]),
      ],
      AT,
    );
    expect(windows).toEqual([
      'P30D',
      'PT30M',
      'PT5M',
      'PT1H',
      'PT6H',
      'P3D',
      'P28D',
    ]);
  });

  it('resolves a calendar month at the moment measured', () => {
    expect(
      sloWindows(
        [service('auth', [objective({ id: 'a', window: 'calendar-month' })])],
        AT,
      ),
    ).toEqual(['P9DT12H', 'PT5M', 'PT30M', 'PT1H', 'PT6H', 'P3D']);
  });

  it('adds no burn-rate windows to a service without an error budget', () => {
    expect(
      sloWindows(
        [
          service('auth', [
            objective({
              id: 'rollback-5xx',
              kind: 'error-rate',
              role: 'rollback-trigger',
              window: 'PT5M',
            }),
            objective({ id: 'error-rate', kind: 'error-rate' }),
          ]),
        ],
        AT,
      ),
    ).toEqual(['PT5M', 'P30D']);
    expect(sloWindows([], AT)).toEqual([]);
  });
});
