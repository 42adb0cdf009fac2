import { describeCondition } from './describeCondition';

describe('describeCondition', () => {
  it('joins reason and message', () => {
    expect(
      describeCondition({
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
      }),
    ).toBe('BackoffLimitExceeded: Job has reached the specified backoff limit');
  });

  it('keeps one line: control characters and line breaks become spaces', () => {
    expect(describeCondition({ message: 'pod\nfailed\u0007 \t twice' })).toBe(
      'pod failed twice',
    );
  });

  it('leaves out a reason that is not a CamelCase word, and cuts long messages', () => {
    const described = describeCondition({
      reason: 'not a reason: x',
      message: 'x'.repeat(500),
    });
    expect(described).toBe(`${'x'.repeat(159)}…`);
  });

  it('says nothing without reason or message', () => {
    expect(describeCondition({})).toBeUndefined();
  });
});
