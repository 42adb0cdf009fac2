import { canonicalJson } from './canonicalJson';

describe('canonicalJson', () => {
  it('sorts the keys of every object, keeps array order and writes no whitespace', () => {
    expect(
      canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } }),
    ).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  it('gives equal values the same text whatever the key order', () => {
    expect(canonicalJson({ vote: 'go', at: 't', roles: ['b', 'a'] })).toBe(
      canonicalJson({ roles: ['b', 'a'], at: 't', vote: 'go' }),
    );
  });

  it('leaves out undefined properties and writes undefined array entries as null', () => {
    expect(
      canonicalJson({ digest: undefined, id: 'x', list: [undefined] }),
    ).toBe('{"id":"x","list":[null]}');
  });

  it('escapes strings as JSON does', () => {
    expect(canonicalJson({ 'k"ey': 'line\nbreak "quoted" ü' })).toBe(
      '{"k\\"ey":"line\\nbreak \\"quoted\\" ü"}',
    );
  });

  it('refuses values JSON cannot represent', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/finite/);
    expect(() => canonicalJson({ n: Infinity })).toThrow(/finite/);
    expect(() => canonicalJson({ n: BigInt(1) })).toThrow(/bigint is not JSON/);
    expect(() => canonicalJson(() => 1)).toThrow(/function is not JSON/);
  });
});
