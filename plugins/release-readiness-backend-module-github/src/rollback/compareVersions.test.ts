import { compareVersions } from './compareVersions';

describe('compareVersions', () => {
  it('orders by semantic-version precedence', () => {
    // semver 2.0.0 §11's own example, shuffled
    const versions = [
      '1.0.0',
      '1.0.0-alpha.beta',
      '1.0.0-rc.1',
      '1.0.0-alpha',
      '1.0.0-beta.11',
      '1.0.0-beta',
      '1.0.0-alpha.1',
      '1.0.0-beta.2',
    ];
    expect([...versions].sort((a, b) => compareVersions(a, b) ?? 0)).toEqual([
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
    ]);
    expect(compareVersions('1.10.0', '1.9.3')).toBeGreaterThan(0);
    expect(compareVersions('2.0.0', '10.0.0')).toBeLessThan(0);
    expect(compareVersions('1.8.0+build.7', '1.8.0')).toBe(0);
  });

  it('does not compare what is not a semantic version', () => {
    expect(compareVersions('dev-3f2a1bc', '1.8.0')).toBeUndefined();
    expect(compareVersions('1.8', '1.8.0')).toBeUndefined();
  });
});
