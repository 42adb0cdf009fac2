import { promqlDuration } from './promqlDuration';
import { windowMs } from './windowMs';

describe('promqlDuration and windowMs', () => {
  it('writes a window exactly, in its largest whole unit', () => {
    expect(promqlDuration(30 * 86_400_000)).toBe('30d');
    expect(promqlDuration(6 * 3_600_000)).toBe('6h');
    expect(promqlDuration(90 * 60_000)).toBe('90m');
    expect(promqlDuration(12_960_000)).toBe('216m');
    expect(promqlDuration(1_500)).toBe('1500ms');
    expect(() => promqlDuration(0)).toThrow();
    expect(() => promqlDuration(1.5)).toThrow();
  });

  it('reads ISO durations and calendar-month at a moment, zero for an empty window', () => {
    const at = Date.parse('2026-11-10T12:00:00Z');
    expect(windowMs('PT5M', at)).toBe(300_000);
    expect(windowMs('P30D', at)).toBe(30 * 86_400_000);
    expect(windowMs('P9DT12H0M0S', at)).toBe(9.5 * 86_400_000);
    expect(windowMs('calendar-month', at)).toBe(9.5 * 86_400_000);
    expect(windowMs('PT0S', at)).toBe(0);
    expect(() => windowMs('30d', at)).toThrow();
  });
});
