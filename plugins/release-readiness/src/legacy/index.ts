export { releaseReadinessPlugin, ReleaseReadinessPage } from './plugin';
