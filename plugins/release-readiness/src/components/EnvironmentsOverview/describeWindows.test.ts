import type { CalendarResponse } from '@release-readiness/plugin-release-readiness-common';
import { describeWindows } from './describeWindows';

const NOW = Date.parse('2026-12-02T10:00:00Z');

function calendar(
  occurrences: Array<{
    kind: 'freeze' | 'release';
    start: string;
    end: string;
  }>,
  releaseWindowRequired = true,
): CalendarResponse {
  return {
    environment: 'prod',
    from: '2026-12-02T00:00:00Z',
    to: '2026-12-16T00:00:00Z',
    windows: [],
    releaseWindowRequired,
    occurrences: occurrences.map((o, index) => ({
      windowId: `w${index}`,
      title: o.kind === 'freeze' ? 'Year-end freeze' : 'Tuesday release',
      timeZone: 'UTC',
      exemptChangeTypes: [],
      ...o,
    })),
  };
}

describe('describeWindows', () => {
  it('names a freeze that is on, before any open release window', () => {
    expect(
      describeWindows(
        calendar([
          {
            kind: 'release',
            start: '2026-12-02T09:00:00Z',
            end: '2026-12-02T12:00:00Z',
          },
          {
            kind: 'freeze',
            start: '2026-12-01T00:00:00Z',
            end: '2026-12-03T00:00:00Z',
          },
        ]),
        NOW,
      ),
    ).toMatch(/^Year-end freeze: frozen until .*3 Dec/);
  });

  it('says an open release window is open until its end', () => {
    expect(
      describeWindows(
        calendar([
          {
            kind: 'release',
            start: '2026-12-02T09:00:00Z',
            end: '2026-12-02T12:00:00Z',
          },
        ]),
        NOW,
      ),
    ).toMatch(/^Tuesday release: open until .*12:00/);
  });

  it('names the next release window, not a past one', () => {
    expect(
      describeWindows(
        calendar([
          {
            kind: 'release',
            start: '2026-12-01T09:00:00Z',
            end: '2026-12-01T12:00:00Z',
          },
          {
            kind: 'release',
            start: '2026-12-08T09:00:00Z',
            end: '2026-12-08T12:00:00Z',
          },
        ]),
        NOW,
      ),
    ).toMatch(/^next: Tuesday release, .*8 Dec/);
  });

  it('says when no window comes, and when none is needed', () => {
    expect(describeWindows(calendar([]), NOW)).toBe(
      'no release window in the next 14 days',
    );
    expect(describeWindows(calendar([], false), NOW)).toBe(
      'no freeze now; no release window needed',
    );
  });
});
