export { EntityWorkloadsContent } from './EntityWorkloadsContent';
export { isReleaseReadinessAvailable } from './isReleaseReadinessAvailable';
