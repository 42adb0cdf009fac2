import type {
  VersionMatcher,
  WorkloadRevision,
} from '@release-readiness/plugin-release-readiness-common';
import { imagesOf } from './imagesOf';
import type { RevisionSource } from './RevisionSource';
import { versionOfImages } from './versionOfImages';

const CHANGE_CAUSE = 'kubernetes.io/change-cause';

/** A revision as the API answers it: number, images, version, when, which object, why. */
export function toWorkloadRevision(
  source: RevisionSource,
  current: number | undefined,
  matcher: VersionMatcher,
): WorkloadRevision {
  const images = imagesOf(source.template);
  const version = versionOfImages(images, matcher);
  const changeCause = source.annotations[CHANGE_CAUSE];
  return {
    revision: source.revision,
    current: source.revision === current,
    ...(version !== undefined && { version }),
    images,
    ...(source.createdAt && { createdAt: source.createdAt }),
    object: source.object,
    ...(changeCause && { changeCause }),
  };
}
