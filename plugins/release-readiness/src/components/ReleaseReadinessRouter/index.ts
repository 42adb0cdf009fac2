export { ReleaseReadinessRouter } from './ReleaseReadinessRouter';
export { LegacyReleaseReadinessPage } from './LegacyReleaseReadinessPage';
