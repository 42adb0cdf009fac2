import { ConfigReader } from '@backstage/config';
import { readVersionMatcher } from './readVersionMatcher';

describe('readVersionMatcher', () => {
  it('uses the defaults when nothing is configured', () => {
    const matcher = readVersionMatcher(new ConfigReader({}));
    expect(matcher.versionOf('rc-1.5.0')).toBe('rc-1.5.0');
    expect(matcher.versionOf('RELEASE.2025-04-22T22-12-26Z')).toBeUndefined();
  });

  it('replaces the defaults with the configured patterns', () => {
    const matcher = readVersionMatcher(
      new ConfigReader({
        releaseReadiness: {
          workloads: {
            versionPatterns: [
              { name: 'minio', pattern: '^RELEASE\\.(?<version>.+)$' },
            ],
          },
        },
      }),
    );
    expect(matcher.versionOf('RELEASE.2025-04-22T22-12-26Z')).toBe(
      '2025-04-22T22-12-26Z',
    );
    expect(matcher.versionOf('1.4.2')).toBeUndefined();
  });

  it('names the key of a pattern that is not a regular expression, or is malformed', () => {
    const read = (versionPatterns: unknown) => () =>
      readVersionMatcher(
        new ConfigReader({
          releaseReadiness: { workloads: { versionPatterns } },
        } as any),
      );
    expect(
      read([
        { name: 'ok', pattern: 'x' },
        { name: 'bad', pattern: '(' },
      ]),
    ).toThrow(
      "Invalid configuration at 'releaseReadiness.workloads.versionPatterns.1.pattern'",
    );
    expect(read([{ name: 'no-pattern' }])).toThrow(
      "Invalid configuration at 'releaseReadiness.workloads.versionPatterns.0.pattern'",
    );
    expect(read([])).toThrow(
      "Invalid configuration at 'releaseReadiness.workloads.versionPatterns'",
    );
  });
});
