import { worstStatus } from './worstStatus';

describe('worstStatus', () => {
  it('takes a failure over everything, an unknown over a warning and a pass', () => {
    expect(worstStatus(['pass', 'warn', 'fail', 'unknown'])).toBe('fail');
    expect(worstStatus(['pass', 'warn', 'unknown'])).toBe('unknown');
    expect(worstStatus(['pass', 'warn'])).toBe('warn');
    expect(worstStatus(['pass', 'pass'])).toBe('pass');
  });

  it('is unknown, never a pass, without any status', () => {
    expect(worstStatus([])).toBe('unknown');
  });
});
