/**
 * The release-readiness frontend plugin.
 *
 * The default export is the plugin for the new frontend system. Apps on the legacy frontend
 * system use the named exports `releaseReadinessPlugin` and `ReleaseReadinessPage`.
 *
 * @packageDocumentation
 */

export { releaseReadinessFrontendPlugin as default } from './plugin';
export {
  releaseReadinessPlugin,
  ReleaseReadinessPage,
  EntityReleaseReadinessContent,
  isReleaseReadinessAvailable,
} from './legacy';
export { releaseReadinessApiRef, ReleaseReadinessClient } from './api';
export type { ReleaseReadinessApi } from './api';
