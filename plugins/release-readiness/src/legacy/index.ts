export {
  releaseReadinessPlugin,
  ReleaseReadinessPage,
  EntityReleaseReadinessContent,
  EntityReleaseReadinessSystemContent,
} from './plugin';
export { isReleaseReadinessAvailable } from '../components/EntityWorkloads/isReleaseReadinessAvailable';
