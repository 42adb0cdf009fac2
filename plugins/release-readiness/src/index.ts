/**
 * The release-readiness frontend plugin.
 *
 * The default export is the plugin for the new frontend system. Apps on the legacy frontend
 * system use the named exports `releaseReadinessPlugin`, `ReleaseReadinessPage` and the entity
 * contents `EntityReleaseReadinessContent` (components) and `EntityReleaseReadinessSystemContent`
 * (systems), and the scaffolder field extensions `ReleaseReadiness…PickerFieldExtension`. The new
 * frontend system's plugin brings the same fields as `scaffolder-form-field` extensions.
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
  ReleaseReadinessEnvironmentPickerFieldExtension,
  ReleaseReadinessVersionPickerFieldExtension,
  ReleaseReadinessDecisionPickerFieldExtension,
  ReleaseReadinessBlockingItemPickerFieldExtension,
  ReleaseReadinessWorkloadPickerFieldExtension,
  ReleaseReadinessRevisionPickerFieldExtension,
} from './legacy';
export {
  releaseReadinessApiRef,
  ReleaseReadinessBoardClient,
  ReleaseReadinessClient,
} from './api';
export type {
  DecisionExport,
  DecisionListResponse,
  ReleaseReadinessApi,
  RollbackFollowUpInput,
} from './api';
