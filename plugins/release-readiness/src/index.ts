/**
 * The release-readiness frontend plugin.
 *
 * The default export is the plugin for the new frontend system. Apps on the legacy frontend
 * system use the named exports `releaseReadinessPlugin`, `ReleaseReadinessPage` and the entity
 * contents `EntityReleaseReadinessContent` (components) and `EntityReleaseReadinessSystemContent`
 * (systems), and the scaffolder field extensions `ReleaseReadiness…PickerFieldExtension`. The new
 * frontend system's plugin brings the same fields as `scaffolder-form-field` extensions.
 *
 * Every UI string goes through `releaseReadinessTranslationRef` (English, with German loaded on
 * demand; the language follows the portal's `api:app/app-language` setting), so adopters can
 * override messages or add a language.
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
export { releaseReadinessTranslationRef } from './translations';
export type { ReleaseReadinessTranslate } from './translations';
export type {
  DecisionExport,
  DecisionListResponse,
  ReleaseReadinessApi,
  RollbackFollowUpInput,
} from './api';
export type { BlockingItemPickerUiOptions } from './components/ScaffolderFields/blockingItemPickerSchema';
export type { DecisionPickerUiOptions } from './components/ScaffolderFields/decisionPickerSchema';
export type { EnvironmentPickerUiOptions } from './components/ScaffolderFields/environmentPickerSchema';
export type { RevisionPickerUiOptions } from './components/ScaffolderFields/revisionPickerSchema';
export type { VersionPickerUiOptions } from './components/ScaffolderFields/versionPickerSchema';
export type { WorkloadPickerUiOptions } from './components/ScaffolderFields/workloadPickerSchema';
