import { formatDuration } from './formatDuration';

describe('formatDuration', () => {
  it.each([
    ['PT5M', '5 min'],
    ['PT26H', '26 h'],
    ['PT24H', '24 h'],
    ['P1DT20H13M', '44 h 13 min'],
    ['P2DT3H', '2 days 3 h'],
    ['P1D', '24 h'],
    ['P30D', '30 days'],
    ['PT45S', '45 s'],
    ['PT1M30S', '1 min 30 s'],
    ['PT0S', '0 s'],
  ])('shows %s as %s', (iso, text) => {
    expect(formatDuration(iso)).toBe(text);
  });

  it('keeps the two largest units only when they are next to each other', () => {
    expect(formatDuration('P3DT0H5M')).toBe('3 days');
    expect(formatDuration('PT20H0M7S')).toBe('20 h');
  });

  it('shows a duration it cannot read as given', () => {
    expect(formatDuration('calendar-month')).toBe('calendar-month');
  });
});
