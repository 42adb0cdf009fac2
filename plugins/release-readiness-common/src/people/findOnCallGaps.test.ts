import { findOnCallGaps } from './findOnCallGaps';

const day = (d: number, h = 0) =>
  new Date(Date.UTC(2026, 2, d, h)).toISOString();

describe('findOnCallGaps', () => {
  it('finds nothing when both duties are covered throughout', () => {
    expect(
      findOnCallGaps(
        [
          { role: 'primary', start: day(1), end: day(8) },
          { role: 'backup', start: day(1), end: day(8) },
        ],
        { start: day(2), end: day(5) },
      ),
    ).toEqual([]);
  });

  it('reports a week without backup, and the range edges without anyone', () => {
    expect(
      findOnCallGaps(
        [
          { role: 'primary', start: day(2), end: day(9) },
          { role: 'backup', start: day(2), end: day(4) },
          { role: 'backup', start: day(6), end: day(9) },
        ],
        { start: day(1), end: day(10) },
      ),
    ).toEqual([
      { start: day(1), end: day(2), missing: ['primary', 'backup'] },
      { start: day(4), end: day(6), missing: ['backup'] },
      { start: day(9), end: day(10), missing: ['primary', 'backup'] },
    ]);
  });

  it('treats overlapping shifts of one duty as covered, and merges touching gaps', () => {
    expect(
      findOnCallGaps(
        [
          // unsorted, overlapping primaries with a hole from the 5th 12:00 to the 6th
          { role: 'primary', start: day(3), end: day(5, 12) },
          { role: 'primary', start: day(1), end: day(4) },
          { role: 'primary', start: day(6), end: day(8) },
          // a backup shift boundary inside the hole must not split the gap
          { role: 'backup', start: day(1), end: day(5, 18) },
          { role: 'backup', start: day(5, 18), end: day(8) },
        ],
        { start: day(1), end: day(8) },
      ),
    ).toEqual([{ start: day(5, 12), end: day(6), missing: ['primary'] }]);
  });

  it('compares instants, whatever the offsets in the strings', () => {
    expect(
      findOnCallGaps(
        [
          { role: 'primary', start: '2026-03-01T01:00:00+01:00', end: day(2) },
          { role: 'backup', start: day(1), end: '2026-03-02T02:00:00+02:00' },
        ],
        { start: day(1), end: day(2) },
      ),
    ).toEqual([]);
  });

  it('answers an empty list for an empty range and rejects invalid times', () => {
    expect(findOnCallGaps([], { start: day(2), end: day(2) })).toEqual([]);
    expect(() => findOnCallGaps([], { start: 'soon', end: day(2) })).toThrow(
      TypeError,
    );
  });
});
