export {
  releaseReadinessPlugin,
  ReleaseReadinessPage,
  EntityReleaseReadinessContent,
} from './plugin';
export { isReleaseReadinessAvailable } from '../components/EntityWorkloads/isReleaseReadinessAvailable';
