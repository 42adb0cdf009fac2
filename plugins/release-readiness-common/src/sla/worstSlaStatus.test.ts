import { worstSlaStatus } from './worstSlaStatus';

describe('worstSlaStatus', () => {
  it('orders fail over unknown over warn over pass', () => {
    expect(worstSlaStatus(['pass', 'warn'])).toBe('warn');
    expect(worstSlaStatus(['warn', 'unknown', 'pass'])).toBe('unknown');
    expect(worstSlaStatus(['unknown', 'fail', 'warn'])).toBe('fail');
    expect(worstSlaStatus(['pass', 'pass'])).toBe('pass');
  });

  it('is unknown when there is nothing to judge', () => {
    expect(worstSlaStatus([])).toBe('unknown');
  });
});
