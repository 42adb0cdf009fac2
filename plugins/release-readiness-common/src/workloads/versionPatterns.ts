/**
 * A rule that recognises a version in an image tag.
 *
 * @public
 */
export interface VersionPattern {
  /** Shown in documentation and errors, e.g. `semver`. */
  name: string;
  /**
   * A regular expression matched against the whole tag. The version is the named group
   * `version` when there is one, otherwise the whole match.
   */
  pattern: string;
}

/**
 * The default version patterns, in the order they are tried: `dev-<sha>` (builds of `main`),
 * `rc-<version>` (release candidates) and `<semver>` with an optional `v` prefix (releases).
 *
 * @public
 */
export const DEFAULT_VERSION_PATTERNS: readonly VersionPattern[] = [
  { name: 'dev', pattern: '^(?<version>dev-[0-9a-f]{7,40})$' },
  {
    name: 'rc',
    pattern: '^(?<version>rc-\\d+\\.\\d+\\.\\d+(?:[.-][0-9A-Za-z.-]+)?)$',
  },
  {
    name: 'semver',
    pattern:
      '^v?(?<version>\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?)$',
  },
];

/**
 * Version patterns compiled once, ready to match tags.
 *
 * @public
 */
export class VersionMatcher {
  readonly #patterns: { name: string; regex: RegExp }[];

  /**
   * @throws `Error` naming the pattern (by position and name) whose expression does not compile
   */
  constructor(patterns: readonly VersionPattern[] = DEFAULT_VERSION_PATTERNS) {
    this.#patterns = patterns.map((p, index) => {
      try {
        return { name: p.name, regex: new RegExp(p.pattern) };
      } catch (error) {
        throw new Error(
          `version pattern ${index} ('${
            p.name
          }') is not a valid regular expression: ${(error as Error).message}`,
        );
      }
    });
  }

  /** The version in `tag`, or `undefined` when no pattern matches (e.g. `latest`). */
  versionOf(tag: string | undefined): string | undefined {
    if (!tag) {
      return undefined;
    }
    for (const { regex } of this.#patterns) {
      const match = regex.exec(tag);
      if (match) {
        return match.groups?.version ?? match[0];
      }
    }
    return undefined;
  }
}
