import { sleepUnlessCancelled } from './sleepUnlessCancelled';

describe('sleepUnlessCancelled', () => {
  it('resolves after the time', async () => {
    const started = Date.now();
    await sleepUnlessCancelled(50);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('rejects at once when the task is cancelled while it waits', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const waiting = sleepUnlessCancelled(10_000, controller.signal);
    setTimeout(() => controller.abort(), 20);
    await expect(waiting).rejects.toThrow(
      'The task was cancelled while waiting for the rollback',
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('rejects when the task was cancelled before', async () => {
    await expect(
      sleepUnlessCancelled(10_000, AbortSignal.abort()),
    ).rejects.toThrow('The task was cancelled while waiting for the rollback');
  });
});
