export type {
  SourceFactory,
  SourceFactoryOptions,
  SourceCallOptions,
} from './types';
export { SourceUnavailableError } from './SourceUnavailableError';
