import { checkRefreshRuns } from './checkRefreshRuns';

const run = (replica: string, start: number, end: number) => ({
  replica,
  start,
  end,
});

describe('checkRefreshRuns', () => {
  it('accepts runs that take turns, one per interval', () => {
    const runs = [
      run('a', 0, 50),
      run('a', 2_000, 2_040),
      run('b', 4_000, 4_030),
      run('a', 6_000, 6_020),
    ];
    const { failures, summary } = checkRefreshRuns(runs, 2_000);
    expect(failures).toEqual([]);
    expect(summary).toMatchObject({ runs: 4, byReplica: { a: 3, b: 1 } });
  });

  it('reports runs of two replicas at the same time', () => {
    const runs = [run('a', 0, 500), run('b', 100, 400), run('a', 2_000, 2_100)];
    expect(checkRefreshRuns(runs, 2_000).failures).toEqual([
      expect.stringMatching(/^refresh runs overlap: a until 500, b from 100/),
    ]);
  });

  it('reports every replica running the task every interval', () => {
    const runs = [0, 2_000, 4_000, 6_000].flatMap(t => [
      run('a', t, t + 10),
      run('b', t + 20, t + 30),
    ]);
    expect(checkRefreshRuns(runs, 2_000).failures).toEqual([
      expect.stringMatching(/^8 refresh runs in 6020 ms: more than one per/),
    ]);
  });

  it('reports a task that hardly ran', () => {
    expect(checkRefreshRuns([run('a', 0, 10)], 2_000).failures).toEqual([
      'only 1 refresh runs were logged (expected 3+)',
    ]);
  });
});
