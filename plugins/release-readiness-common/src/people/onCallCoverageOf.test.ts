import { onCallCoverageOf } from './onCallCoverageOf';
import type { OnCallShift } from './onCallTypes';

const anna = { entityRef: 'user:default/anna', displayName: 'Anna' };
const xaver = { entityRef: 'user:default/xaver', displayName: 'Xaver' };
const shifts: OnCallShift[] = [
  {
    role: 'primary',
    person: anna,
    start: '2026-03-23T08:00:00Z',
    end: '2026-03-30T07:00:00Z',
  },
  {
    role: 'backup',
    person: xaver,
    start: '2026-03-23T08:00:00Z',
    end: '2026-03-26T19:00:00Z',
  },
];

describe('onCallCoverageOf', () => {
  it('is covered when both duties are held for the whole window', () => {
    expect(
      onCallCoverageOf(shifts, {
        start: '2026-03-24T19:00:00Z',
        end: '2026-03-24T21:00:00Z',
      }),
    ).toEqual({ known: true, primary: [anna], backup: [xaver], gaps: [] });
  });

  it('reports the part of a release window without backup', () => {
    expect(
      onCallCoverageOf(shifts, {
        start: '2026-03-26T18:00:00Z',
        end: '2026-03-26T20:00:00Z',
      }).gaps,
    ).toEqual([
      {
        start: '2026-03-26T19:00:00.000Z',
        end: '2026-03-26T20:00:00.000Z',
        missing: ['backup'],
      },
    ]);
  });

  it('is not known when the data does not reach the end of the window', () => {
    const coverage = onCallCoverageOf(
      shifts,
      { start: '2026-03-24T19:00:00Z', end: '2026-03-24T21:00:00Z' },
      { start: '2026-03-20T00:00:00Z', end: '2026-03-24T20:00:00Z' },
    );
    expect(coverage.known).toBe(false);
    expect(coverage.gaps).toEqual([]);
  });
});
