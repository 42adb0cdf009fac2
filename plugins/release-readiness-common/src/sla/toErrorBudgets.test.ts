import { toErrorBudgets } from './toErrorBudgets';
import type { SlaServiceResult, SloObjectiveResult } from './types';

const objective = (over: Partial<SloObjectiveResult>): SloObjectiveResult => ({
  id: 'availability',
  title: 'Availability',
  kind: 'availability',
  role: 'slo',
  target: 0.999,
  window: 'P30D',
  actual: 0.9995,
  status: 'pass',
  data: 'ok',
  approximate: false,
  requests: 43_200_000,
  reason: '99.95% of 43.2M requests succeeded (target 99.9%)',
  ...over,
});

const result = (
  name: string,
  remaining: number | null,
  over: Partial<SloObjectiveResult> = {},
): SlaServiceResult => ({
  name,
  window: 'P30D',
  objectives: [objective(over)],
  errorBudget: { objective: 'availability', remaining, burnRates: [] },
  status: over.status ?? 'pass',
});

describe('toErrorBudgets', () => {
  it('lists the budget left of every service that has one', () => {
    expect(
      toErrorBudgets([
        result('api-gateway', 0.5),
        result('auth', -1, { status: 'fail', actual: 0.998 }),
        {
          name: 'search',
          window: 'P30D',
          objectives: [],
          status: 'unknown',
        },
      ]),
    ).toEqual({
      objectives: [
        { name: 'api-gateway/availability', remaining: 0.5 },
        { name: 'auth/availability', remaining: -1 },
      ],
    });
  });

  it('gives no budget left for an objective that was not judged', () => {
    expect(
      toErrorBudgets([
        result('api-gateway', 1, {
          status: 'unknown',
          data: 'insufficient-data',
        }),
        result('auth', null, { status: 'unknown', data: 'no-data' }),
      ]).objectives.map(o => o.remaining),
    ).toEqual([null, null]);
  });

  it('has no objectives without services', () => {
    expect(toErrorBudgets([])).toEqual({ objectives: [] });
  });
});
