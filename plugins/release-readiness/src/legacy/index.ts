export {
  releaseReadinessPlugin,
  ReleaseReadinessPage,
  EntityReleaseReadinessContent,
  EntityReleaseReadinessSystemContent,
} from './plugin';
export { isReleaseReadinessAvailable } from '../components/EntityWorkloads/isReleaseReadinessAvailable';
export {
  ReleaseReadinessEnvironmentPickerFieldExtension,
  ReleaseReadinessVersionPickerFieldExtension,
  ReleaseReadinessDecisionPickerFieldExtension,
  ReleaseReadinessBlockingItemPickerFieldExtension,
  ReleaseReadinessWorkloadPickerFieldExtension,
  ReleaseReadinessRevisionPickerFieldExtension,
} from './scaffolderFieldExtensions';
