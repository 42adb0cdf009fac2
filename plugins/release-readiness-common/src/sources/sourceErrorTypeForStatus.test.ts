import { sourceErrorTypeForStatus } from './sourceErrorTypeForStatus';

describe('sourceErrorTypeForStatus', () => {
  it.each([
    [401, 'UNAUTHORIZED'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [429, 'RATE_LIMITED'],
    [500, 'SERVER_ERROR'],
    [503, 'SERVER_ERROR'],
    [400, 'BAD_RESPONSE'],
    [422, 'BAD_RESPONSE'],
  ])('maps %i to %s', (status, type) => {
    expect(sourceErrorTypeForStatus(status)).toBe(type);
  });
});
