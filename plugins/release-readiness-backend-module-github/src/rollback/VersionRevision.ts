import type { WorkloadRevision } from '@release-readiness/plugin-release-readiness-common';

/**
 * A revision the pipeline can redeploy: a release (or tag) of the repository, with what the
 * strategy needs besides the {@link @release-readiness/plugin-release-readiness-common#WorkloadRevision}.
 *
 * @public
 */
export interface VersionRevision {
  revision: WorkloadRevision & { version: string };
  /** The git tag, e.g. `v1.7.2`. */
  tag: string;
  /** A GitHub prerelease, or a prerelease version (`1.9.0-rc.1`); never a default target. */
  prerelease: boolean;
}
