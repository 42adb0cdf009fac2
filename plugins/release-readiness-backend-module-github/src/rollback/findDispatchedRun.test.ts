import { findDispatchedRun, ListedRun } from './findDispatchedRun';

describe('findDispatchedRun', () => {
  const lookup = (
    answers: (ListedRun[] | Error)[],
    options: { delayMs?: number; signal?: AbortSignal } = {},
  ) => {
    const calls: number[] = [];
    const result = findDispatchedRun({
      list: async () => {
        calls.push(calls.length);
        const answer = answers[Math.min(calls.length - 1, answers.length - 1)];
        if (answer instanceof Error) {
          throw answer;
        }
        return answer;
      },
      before: new Set([1]),
      ref: 'refs/heads/main',
      attempts: 3,
      delayMs: options.delayMs ?? 1,
      signal: options.signal ?? new AbortController().signal,
    });
    return { result, calls };
  };

  it('takes the one new run on the ref, retrying a failed list call', async () => {
    const { result, calls } = lookup([
      new Error('HTTP 502'),
      [
        { id: 1, headBranch: 'main' }, // listed before the dispatch
        { id: 2, headBranch: 'release/1.9' }, // another ref
        {
          id: 3,
          headBranch: 'main',
          url: 'https://github.com/o/r/actions/runs/3',
        },
      ],
    ]);
    expect(await result).toEqual({
      kind: 'found',
      run: { id: 3, url: 'https://github.com/o/r/actions/runs/3' },
    });
    expect(calls).toHaveLength(2);
  });

  it('gives up after the attempts', async () => {
    const { result, calls } = lookup([[{ id: 1, headBranch: 'main' }]]);
    expect(await result).toEqual({ kind: 'not-found', attempts: 3 });
    expect(calls).toHaveLength(3);
  });

  it('stops waiting at once when aborted between looks', async () => {
    const controller = new AbortController();
    const { result, calls } = lookup([[]], {
      delayMs: 60_000,
      signal: controller.signal,
    });
    const started = Date.now();
    setTimeout(() => controller.abort(), 10);
    expect(await result).toEqual({ kind: 'aborted' });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(calls).toEqual([]);
  });
});
