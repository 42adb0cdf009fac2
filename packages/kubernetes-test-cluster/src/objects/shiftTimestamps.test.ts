import { shiftTimestamps } from './shiftTimestamps';

describe('shiftTimestamps', () => {
  it('moves RFC 3339 UTC timestamps, deeply, and leaves everything else alone', () => {
    const input = {
      metadata: {
        creationTimestamp: '2025-06-02T11:00:00Z',
        name: 'x-2025-06-02',
      },
      status: {
        conditions: [
          { lastTransitionTime: '2025-06-01T23:59:30Z', status: 'True' },
        ],
        replicas: 3,
        startTime: null,
      },
    };
    const day = 24 * 60 * 60 * 1000;
    expect(shiftTimestamps(input, day)).toEqual({
      metadata: {
        creationTimestamp: '2025-06-03T11:00:00Z',
        name: 'x-2025-06-02',
      },
      status: {
        conditions: [
          { lastTransitionTime: '2025-06-02T23:59:30Z', status: 'True' },
        ],
        replicas: 3,
        startTime: null,
      },
    });
    expect(input.metadata.creationTimestamp).toBe('2025-06-02T11:00:00Z');
  });
});
