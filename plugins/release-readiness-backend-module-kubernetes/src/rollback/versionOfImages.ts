import {
  parseImageReference,
  VersionMatcher,
} from '@release-readiness/plugin-release-readiness-common';

/**
 * The version of a set of images, as the board reads a workload's: that of the first
 * container's tag, by the configured version patterns; `undefined` when none matches.
 */
export function versionOfImages(
  images: readonly { image: string }[],
  matcher: VersionMatcher,
): string | undefined {
  const first = images[0];
  return first
    ? matcher.versionOf(parseImageReference(first.image).tag)
    : undefined;
}
