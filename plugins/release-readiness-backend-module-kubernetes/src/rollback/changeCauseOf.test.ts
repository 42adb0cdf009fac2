import { changeCauseOf } from './changeCauseOf';

describe('changeCauseOf', () => {
  it('says who rolled back to which revision and why, on one line, the reason cut at 500 characters', () => {
    expect(
      changeCauseOf(57, 'user:default/ona', 'error rate\n  above 5%'),
    ).toBe('rollback to revision 57 by user:default/ona: error rate above 5%');
    const long = changeCauseOf(1, 'user:default/ona', 'x'.repeat(600));
    expect(long).toBe(
      `rollback to revision 1 by user:default/ona: ${'x'.repeat(499)}…`,
    );
  });
});
