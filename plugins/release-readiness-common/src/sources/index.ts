export type {
  SourceInfo,
  SourceStatus,
  SourceError,
  SourceErrorType,
} from './types';
export { sourceErrorTypeForStatus } from './sourceErrorTypeForStatus';
export { notConfiguredSource } from './notConfiguredSource';
