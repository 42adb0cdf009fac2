export { releaseReadinessApiRef } from './ReleaseReadinessApi';
export type { ReleaseReadinessApi } from './ReleaseReadinessApi';
export { ReleaseReadinessClient } from './ReleaseReadinessClient';
