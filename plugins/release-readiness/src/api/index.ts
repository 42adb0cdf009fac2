export { releaseReadinessApiRef } from './ReleaseReadinessApi';
export type {
  DecisionExport,
  DecisionListResponse,
  ReleaseReadinessApi,
  RollbackFollowUpInput,
} from './ReleaseReadinessApi';
export { ReleaseReadinessBoardClient } from './ReleaseReadinessBoardClient';
export { ReleaseReadinessClient } from './ReleaseReadinessClient';
