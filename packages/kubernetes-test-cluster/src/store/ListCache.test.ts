import { ListCache } from './ListCache';

describe('ListCache', () => {
  it('keeps bodies per key for one resource version and drops them when it moves on', () => {
    const cache = new ListCache();
    cache.set('/a', 1, 'a@1');
    cache.set('/b', 1, 'b@1');
    expect(cache.get('/a', 1)).toBe('a@1');
    expect(cache.get('/b', 1)).toBe('b@1');
    expect(cache.get('/a', 2)).toBeUndefined();
    // Going back does not bring old bodies back either.
    expect(cache.get('/b', 1)).toBeUndefined();
    cache.set('/a', 3, 'a@3');
    expect(cache.get('/a', 3)).toBe('a@3');
  });
});
