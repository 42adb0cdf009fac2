import { parseImageReference } from './parseImageReference';
import type { Workload } from './types';
import { VersionMatcher } from './versionPatterns';

/**
 * Fills in each image's tag, digest and version and the workload's version (that of its first
 * regular container), using the given patterns. Returns a new object; the input is not changed.
 *
 * @public
 */
export function withVersions(
  workload: Workload,
  matcher: VersionMatcher,
): Workload {
  const images = workload.images.map(image => {
    const { tag, digest } = parseImageReference(image.image);
    const version = matcher.versionOf(tag);
    return {
      ...image,
      ...(tag !== undefined && { tag }),
      ...(digest !== undefined && { digest }),
      ...(version !== undefined && { version }),
    };
  });
  const main = images.find(image => !image.init);
  const { version: _previous, ...rest } = workload;
  return {
    ...rest,
    images,
    ...(main?.version !== undefined && { version: main.version }),
  };
}
