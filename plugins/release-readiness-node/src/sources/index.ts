export type {
  SourceFactory,
  SourceFactoryOptions,
  SourceCallOptions,
  RateLimitHeader,
  RateLimitHeaderBag,
  RateLimitHeaderFormat,
  ReadRetryAfterOptions,
} from './types';
export { SourceUnavailableError } from './SourceUnavailableError';
export {
  clampRetryAfterMs,
  MAX_RETRY_AFTER_MS,
  MIN_RETRY_AFTER_MS,
} from './clampRetryAfterMs';
export { readRetryAfterMs } from './readRetryAfterMs';
export { describeNetworkError } from './describeNetworkError';
export { networkErrorCodeOf } from './networkErrorCodeOf';
