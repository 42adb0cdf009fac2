import { planWithin } from './planWithin';

const boundaries = [
  { le: '0.05', bound: 0.05 },
  { le: '0.1', bound: 0.1 },
  { le: '0.5', bound: 0.5 },
  { le: '+Inf', bound: Infinity },
];
const counts = new Map<string, number | null>([
  ['0.05', 600],
  ['0.1', 900],
  ['0.5', 980],
  ['+Inf', 1000],
]);

describe('planWithin', () => {
  it('reads a boundary exactly, whatever the float noise', () => {
    const plan = planWithin(0.1 + 1e-12, boundaries);
    expect(plan.les).toEqual(['0.1']);
    expect(plan.count(counts)).toBe(900);
  });

  it('interpolates between two boundaries, and from 0 below the first', () => {
    const between = planWithin(0.2, boundaries);
    expect(between.les).toEqual(['0.1', '0.5']);
    expect(between.count(counts)).toBeCloseTo(900 + (80 * 0.1) / 0.4, 9);
    const below = planWithin(0.01, boundaries);
    expect(below.les).toEqual(['0.05']);
    expect(below.count(counts)).toBeCloseTo((600 * 0.01) / 0.05, 9);
  });

  it('takes the highest finite bucket above it (nothing is interpolated into +Inf)', () => {
    const above = planWithin(2, boundaries);
    expect(above.les).toEqual(['0.5']);
    expect(above.count(counts)).toBe(980);
  });

  it('is null without buckets or without a needed count', () => {
    expect(planWithin(0.1, []).count(counts)).toBeNull();
    expect(planWithin(0.2, boundaries).count(new Map([['0.1', 5]]))).toBeNull();
  });
});
