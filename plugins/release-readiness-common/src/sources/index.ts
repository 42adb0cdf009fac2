export type {
  SourceInfo,
  SourceStatus,
  SourceError,
  SourceErrorType,
} from './types';
