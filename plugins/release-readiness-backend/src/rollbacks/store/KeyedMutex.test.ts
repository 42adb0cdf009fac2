import { KeyedMutex } from './KeyedMutex';

const timeout = () => new Error('timed out');

describe('KeyedMutex', () => {
  it('lets waiters in one at a time, in the order they came, per key', async () => {
    const mutex = new KeyedMutex();
    const order: string[] = [];
    const first = await mutex.acquire('a', 1_000, timeout);
    const waiters = ['w1', 'w2', 'w3'].map(name =>
      mutex.acquire('a', 1_000, timeout).then(release => {
        order.push(name);
        return release;
      }),
    );
    // Another key is free at once.
    const other = await mutex.acquire('b', 1_000, timeout);
    expect(order).toEqual([]);
    first();
    // A second call of a release lets no one else in.
    first();
    const w1 = await waiters[0];
    await new Promise(resolve => setImmediate(resolve));
    expect(order).toEqual(['w1']);
    w1();
    (await waiters[1])();
    (await waiters[2])();
    expect(order).toEqual(['w1', 'w2', 'w3']);
    expect(mutex.isHeld('a')).toBe(false);
    expect(mutex.isHeld('b')).toBe(true);
    other();
    expect(mutex.isHeld('b')).toBe(false);
  });

  it('drops a waiter that timed out, so the next one gets the key', async () => {
    const mutex = new KeyedMutex();
    const holder = await mutex.acquire('a', 1_000, timeout);
    const impatient = mutex.acquire('a', 20, timeout);
    const patient = mutex.acquire('a', 5_000, timeout);
    await expect(impatient).rejects.toThrow('timed out');
    holder();
    const release = await patient;
    expect(mutex.isHeld('a')).toBe(true);
    release();
    expect(mutex.isHeld('a')).toBe(false);
  });

  it('has one mutex per owner', () => {
    const owner = {};
    expect(KeyedMutex.of(owner)).toBe(KeyedMutex.of(owner));
    expect(KeyedMutex.of(owner)).not.toBe(KeyedMutex.of({}));
  });
});
