/**
 * The release-readiness frontend plugin.
 *
 * The default export is the plugin for the new frontend system. Apps on the legacy frontend
 * system use the named exports `releaseReadinessPlugin`, `ReleaseReadinessPage` and the entity
 * contents `EntityReleaseReadinessContent` (components) and `EntityReleaseReadinessSystemContent`
 * (systems).
 *
 * @packageDocumentation
 */

export { releaseReadinessFrontendPlugin as default } from './plugin';
export {
  releaseReadinessPlugin,
  ReleaseReadinessPage,
  EntityReleaseReadinessContent,
  EntityReleaseReadinessSystemContent,
  isReleaseReadinessAvailable,
} from './legacy';
export { releaseReadinessApiRef, ReleaseReadinessClient } from './api';
export type { ReleaseReadinessApi } from './api';
