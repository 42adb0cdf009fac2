import { ResponseMemo } from './ResponseMemo';

describe('ResponseMemo', () => {
  it('produces once for concurrent and repeated asks within the TTL, then again', async () => {
    let now = 0;
    const memo = new ResponseMemo(1000, () => now);
    const produce = jest.fn(async () => '{"a":1}');
    const [a, b] = await Promise.all([
      memo.get('k', produce),
      memo.get('k', produce),
    ]);
    expect(produce).toHaveBeenCalledTimes(1);
    expect(a).toBe(b);
    expect(a.body.toString()).toBe('{"a":1}');
    expect(a.etag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
    now = 999;
    await memo.get('k', produce);
    expect(produce).toHaveBeenCalledTimes(1);
    now = 1000;
    await memo.get('k', produce);
    expect(produce).toHaveBeenCalledTimes(2);
  });

  it('gives equal bodies equal ETags and different bodies different ones', async () => {
    const memo = new ResponseMemo(1000);
    const x = await memo.get('x', async () => '[1]');
    const y = await memo.get('y', async () => '[1]');
    const z = await memo.get('z', async () => '[2]');
    expect(x.etag).toBe(y.etag);
    expect(z.etag).not.toBe(x.etag);
  });

  it('does not keep failures', async () => {
    const memo = new ResponseMemo(60_000);
    await expect(
      memo.get('k', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(memo.get('k', async () => 'ok')).resolves.toMatchObject({
      body: Buffer.from('ok'),
    });
  });

  it('answers an expired body at once while one new body is produced, then the new one', async () => {
    let now = 0;
    const memo = new ResponseMemo(1000, () => now);
    let version = 1;
    let release: () => void = () => undefined;
    const produce = jest.fn(async () => {
      if (version > 1) {
        await new Promise<void>(resolve => {
          release = resolve;
        });
      }
      return `{"v":${version}}`;
    });
    await memo.get('k', produce);
    version = 2;
    now = 1500;
    const [a, b] = await Promise.all([
      memo.get('k', produce),
      memo.get('k', produce),
    ]);
    expect([a.body.toString(), b.body.toString()]).toEqual([
      '{"v":1}',
      '{"v":1}',
    ]);
    expect(produce).toHaveBeenCalledTimes(2);
    release();
    await new Promise(resolve => setImmediate(resolve));
    expect((await memo.get('k', produce)).body.toString()).toBe('{"v":2}');
    expect(produce).toHaveBeenCalledTimes(2);
  });

  it('waits for a new body once the expired one is older than twice the TTL', async () => {
    let now = 0;
    const memo = new ResponseMemo(1000, () => now);
    await memo.get('k', async () => 'old');
    now = 2000;
    expect((await memo.get('k', async () => 'new')).body.toString()).toBe(
      'new',
    );
  });

  it('keeps no refresh that was started before clear()', async () => {
    let now = 0;
    const memo = new ResponseMemo(1000, () => now);
    await memo.get('k', async () => 'before');
    now = 1500;
    let release: () => void = () => undefined;
    const stale = memo.get(
      'k',
      () =>
        new Promise<string>(resolve => {
          release = () => resolve('refreshed-before-clear');
        }),
    );
    expect((await stale).body.toString()).toBe('before');
    memo.clear();
    release();
    await new Promise(resolve => setImmediate(resolve));
    expect((await memo.get('k', async () => 'after')).body.toString()).toBe(
      'after',
    );
  });

  it('serves the expired body while a refresh fails, and tries again on the next ask', async () => {
    let now = 0;
    const memo = new ResponseMemo(1000, () => now);
    await memo.get('k', async () => 'old');
    now = 1200;
    const failing = jest.fn(async () => {
      throw new Error('boom');
    });
    expect((await memo.get('k', failing)).body.toString()).toBe('old');
    await new Promise(resolve => setImmediate(resolve));
    expect((await memo.get('k', failing)).body.toString()).toBe('old');
    expect(failing).toHaveBeenCalledTimes(2);
    now = 2100;
    await expect(memo.get('k', failing)).rejects.toThrow('boom');
  });
});
