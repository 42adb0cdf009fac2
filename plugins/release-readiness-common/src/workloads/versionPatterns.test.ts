import { DEFAULT_VERSION_PATTERNS, VersionMatcher } from './versionPatterns';

describe('VersionMatcher with the default patterns', () => {
  const matcher = new VersionMatcher();

  it.each([
    ['dev-3f2a9c1', 'dev-3f2a9c1'],
    [
      'dev-3f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39',
      'dev-3f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39',
    ],
    ['rc-1.5.0', 'rc-1.5.0'],
    ['rc-1.5.0-2', 'rc-1.5.0-2'],
    ['1.4.2', '1.4.2'],
    ['v1.4.2', '1.4.2'],
    ['2.0.0-beta.1', '2.0.0-beta.1'],
    ['1.4.2+build.7', '1.4.2+build.7'],
  ])('reads %s as version %s', (tag, version) => {
    expect(matcher.versionOf(tag)).toBe(version);
  });

  it.each([
    'latest',
    'main',
    'dev-XYZ',
    'dev-abc',
    '1.4',
    'rc-1.5',
    '',
    undefined,
  ])('finds no version in %p', tag => {
    expect(matcher.versionOf(tag)).toBeUndefined();
  });

  it('has the three documented defaults in order', () => {
    expect(DEFAULT_VERSION_PATTERNS.map(p => p.name)).toEqual([
      'dev',
      'rc',
      'semver',
    ]);
  });
});

describe('VersionMatcher with configured patterns', () => {
  it('uses the named group when there is one, else the whole match, first pattern wins', () => {
    const matcher = new VersionMatcher([
      { name: 'alpine', pattern: '^(?<version>\\d+\\.\\d+\\.\\d+)-alpine$' },
      { name: 'date', pattern: '^\\d{8}$' },
    ]);
    expect(matcher.versionOf('1.25.3-alpine')).toBe('1.25.3');
    expect(matcher.versionOf('20240601')).toBe('20240601');
    expect(matcher.versionOf('1.25.3')).toBeUndefined();
  });

  it('names the pattern that does not compile', () => {
    expect(
      () =>
        new VersionMatcher([
          { name: 'ok', pattern: '^x$' },
          { name: 'broken', pattern: '^(unclosed$' },
        ]),
    ).toThrow(
      /version pattern 1 \('broken'\) is not a valid regular expression/,
    );
  });
});
