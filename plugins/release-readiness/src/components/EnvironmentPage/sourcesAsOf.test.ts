import { sourcesAsOf } from './sourcesAsOf';

describe('sourcesAsOf', () => {
  it('takes the oldest time of the sources that answered and counts the others once each', () => {
    expect(
      sourcesAsOf([
        {
          source: {
            name: 'config',
            status: 'ok',
            fetchedAt: '2026-12-01T10:05:00Z',
          },
        },
        {
          source: {
            name: 'kubernetes:demo',
            status: 'stale',
            fetchedAt: '2026-12-01T09:00:00Z',
          },
        },
        {
          source: {
            name: 'kubernetes:demo',
            status: 'stale',
            fetchedAt: '2026-12-01T09:00:00Z',
          },
        },
        {
          source: {
            name: 'pagerduty',
            status: 'unavailable',
            fetchedAt: '2026-11-01T00:00:00Z',
          },
        },
      ]),
    ).toEqual({ asOf: '2026-12-01T09:00:00Z', stale: 1, unavailable: 1 });
  });

  it('knows no time when nothing has answered', () => {
    expect(
      sourcesAsOf([{ source: { name: 'pagerduty', status: 'unavailable' } }]),
    ).toEqual({ asOf: undefined, stale: 0, unavailable: 1 });
    expect(sourcesAsOf([])).toEqual({
      asOf: undefined,
      stale: 0,
      unavailable: 0,
    });
  });
});
