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
});
